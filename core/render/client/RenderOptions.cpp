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

} // namespace tw
