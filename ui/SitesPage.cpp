#include "SitesPage.h"

#include "PlatformComboBox.h"
#include "SecurityPresets.h"
#include "TunnelwrightWizard.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QString siteTitle(const QString &side, const QString &name)
{
    return name.isEmpty() ? SitesPage::tr("Site %1").arg(side.toUpper()) : SitesPage::tr("Site %1: %2").arg(side.toUpper(), name);
}

} // namespace

SitesPage::SitesPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Sites, QStringLiteral("sitesStatus"))
{
    setObjectName(QStringLiteral("sitesPage"));
    setTitle(tr("The two routers"));
    setSubTitle(tr("Name both ends of the tunnel and say how each reaches the Internet."));
}

SitesPage::SiteWidgets SitesPage::buildSite(const QString &side, const QStringList &m)
{
    SiteWidgets w;
    const QString title = siteTitle(side, QString());
    w.box = new QGroupBox(title, this);
    w.form = new QFormLayout(w.box);
    w.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    w.form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    w.name = new QLineEdit;
    w.name->setPlaceholderText(tr("e.g. hq"));
    w.name->setToolTip(tr("Names this router's files: a letter, then letters, digits, '.', '_' or '-'"));
    w.platform = new PlatformComboBox;
    w.wanAddress = new QLineEdit;
    w.wanAddress->setPlaceholderText(QStringLiteral("e.g. 203.0.113.7"));
    w.wanAddress->setToolTip(tr("The address the other router reaches this one at (its IKE address)"));
    w.wanInterface = new QLineEdit;
    w.wanInterface->setPlaceholderText(side == QLatin1String("a") ? tr("e.g. ether1") : tr("e.g. GigabitEthernet0/0"));
    w.wanInterface->setToolTip(tr("The Internet-facing interface: the firewall rules (and on Cisco the crypto map) go there"));
    w.lanInterface = new QLineEdit;
    w.lanInterface->setPlaceholderText(tr("e.g. GigabitEthernet0/1"));
    w.lanInterface->setToolTip(tr("Cisco only: the inside interface, marked `ip nat inside` for the NAT bypass"));

    const QString who = tr("Site %1 ").arg(side.toUpper());
    w.form->addRow(m[0], fieldWithMessage(w.name, side + QStringLiteral("Name"), who + tr("name")));
    w.form->addRow(m[1], fieldWithMessage(w.platform, side + QStringLiteral("Platform"), who + tr("platform")));
    w.form->addRow(m[2], fieldWithMessage(w.wanAddress, side + QStringLiteral("WanAddress"), who + tr("WAN address")));
    w.form->addRow(m[3], fieldWithMessage(w.wanInterface, side + QStringLiteral("WanInterface"), who + tr("WAN interface")));
    w.lanRow = fieldWithMessage(w.lanInterface, side + QStringLiteral("LanInterface"), who + tr("LAN interface"));
    w.form->addRow(m[4], w.lanRow);

    for (QLineEdit *e : {w.name, w.wanAddress, w.wanInterface, w.lanInterface}) {
        const QString field = e->objectName();
        connect(e, &QLineEdit::textChanged, this, [this, field] { edited(field); });
    }
    connect(w.name, &QLineEdit::textChanged, this, &SitesPage::updateSiteTitles);
    const QString platformField = side + QStringLiteral("Platform");
    connect(w.platform, &QComboBox::currentIndexChanged, this, [this, platformField, side] {
        if (isLoading())
            return;
        // The LAN interface is Cisco's: it goes with a change to RouterOS (the text stays for a change back).
        SiteWidgets &changed = side == QLatin1String("a") ? m_a : m_b;
        changed.form->setRowVisible(changed.lanRow, changed.platform->platform() == Platform::CiscoIos);
        edited(platformField);
    });
    return w;
}

void SitesPage::build(QVBoxLayout *layout)
{
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_projectName = new QLineEdit;
    m_projectName->setPlaceholderText(tr("e.g. acme"));
    m_linkName = new QLineEdit;
    m_linkName->setPlaceholderText(tr("e.g. hq-branch (names the output folder)"));
    top->addRow(tr("&Project name:"), fieldWithMessage(m_projectName, QStringLiteral("projectName"), tr("Project name")));
    top->addRow(tr("&Link name:"), fieldWithMessage(m_linkName, QStringLiteral("linkName"), tr("Link name")));
    layout->addLayout(top);
    connect(m_projectName, &QLineEdit::textChanged, this, [this] { edited(QStringLiteral("projectName")); });
    connect(m_linkName, &QLineEdit::textChanged, this, [this] { edited(QStringLiteral("linkName")); });

    // Mnemonics differ between the sides and avoid the wizard's own (Back, Next).
    m_a = buildSite(QStringLiteral("a"), {tr("Na&me:"), tr("Pla&tform:"), tr("&WAN address:"),
                                           tr("WAN &interface:"), tr("LAN interfa&ce:")});
    m_b = buildSite(QStringLiteral("b"), {tr("Nam&e:"), tr("Platfo&rm:"), tr("WAN a&ddress:"),
                                           tr("WAN interf&ace:"), tr("LAN inter&face:")});
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_a.box, 1);
    sides->addWidget(m_b.box, 1);
    layout->addLayout(sides);
    layout->addStretch(1);
}

void SitesPage::load()
{
    const Project &p = wiz()->project();
    const SiteToSiteLink &l = wiz()->link();
    m_projectName->setText(p.name);
    m_linkName->setText(l.name);
    for (auto [w, s] : {std::pair{&m_a, &l.a}, std::pair{&m_b, &l.b}}) {
        w->name->setText(s->name);
        w->platform->setPlatform(s->platform);
        w->wanAddress->setText(s->wanAddress);
        w->wanInterface->setText(s->wanInterface);
        w->lanInterface->setText(s->lanInterface.value_or(QString()));
        // Shown where it is needed (Cisco) or where the project has one anyway.
        w->form->setRowVisible(w->lanRow, s->platform == Platform::CiscoIos || s->lanInterface.has_value());
    }
    updateSiteTitles();
}

void SitesPage::store()
{
    wiz()->project().name = m_projectName->text();
    SiteToSiteLink &l = wiz()->link();
    const SecurityPreset before = SecurityPresets::detect(l);
    const Platform oldA = l.a.platform, oldB = l.b.platform;
    l.name = m_linkName->text();
    for (auto [w, s] : {std::pair{&m_a, &l.a}, std::pair{&m_b, &l.b}}) {
        s->name = w->name->text();
        s->platform = w->platform->platform();
        s->wanAddress = w->wanAddress->text();
        s->wanInterface = w->wanInterface->text();
        const QString lan = w->lanInterface->text();
        s->lanInterface = w->form->isRowVisible(w->lanRow) && !lan.isEmpty() ? std::optional(lan) : std::nullopt;
    }
    // A link on the recommended preset stays on it when a platform changes (IKEv2 only where both can).
    if (l.a.platform != oldA || l.b.platform != oldB)
        SecurityPresets::followPlatforms(before, l);
}

void SitesPage::updateSiteTitles()
{
    m_a.box->setTitle(siteTitle(QStringLiteral("a"), m_a.name->text()));
    m_b.box->setTitle(siteTitle(QStringLiteral("b"), m_b.name->text()));
}

} // namespace tw::ui
