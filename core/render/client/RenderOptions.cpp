#include "render/client/RenderOptions.h"

#include <array>

namespace tw {

PaperSize paperSizeFor(QLocale::Territory territory)
{
    // CLDR supplementalData.xml: <paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA PH PR SV US VE"/>
    static constexpr std::array kLetter{
        QLocale::Belize,     QLocale::Canada,     QLocale::Chile,       QLocale::Colombia,   QLocale::CostaRica,
        QLocale::Guatemala,  QLocale::Mexico,     QLocale::Nicaragua,   QLocale::Panama,     QLocale::Philippines,
        QLocale::PuertoRico, QLocale::ElSalvador, QLocale::UnitedStates, QLocale::Venezuela,
    };
    for (QLocale::Territory t : kLetter)
        if (t == territory)
            return PaperSize::Letter;
    return PaperSize::A4;
}

PaperSize paperSizeForLocaleVariables(const QString &lcAll, const QString &lcPaper, const QString &lang)
{
    for (const QString &value : {lcAll, lcPaper, lang})
        if (!value.isEmpty()) // "de_DE.UTF-8@euro" -> de_DE; "C" and "POSIX" have no territory: A4
            return paperSizeFor(QLocale(value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0)).territory());
    return paperSizeFor(QLocale::system().territory());
}

PaperSize systemPaperSize()
{
    return paperSizeForLocaleVariables(qEnvironmentVariable("LC_ALL"), qEnvironmentVariable("LC_PAPER"),
                                       qEnvironmentVariable("LANG"));
}

std::optional<PaperSize> paperSizeFromToken(const QString &token)
{
    if (token.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (token.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

} // namespace tw
