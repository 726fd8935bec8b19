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

PaperSize systemPaperSize() { return paperSizeFor(QLocale::system().territory()); }

std::optional<PaperSize> paperSizeFromToken(const QString &token)
{
    if (token.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (token.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

} // namespace tw
