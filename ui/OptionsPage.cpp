#include "OptionsPage.h"

#include "TunnelwrightWizard.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setContentsMargins(24, 0, 0, 6); // under the check box's text
    return l;
}

} // namespace

OptionsPage::OptionsPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Options, QStringLiteral("optionsStatus"))
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("What else each router's file sets up besides the tunnel."));
}

void OptionsPage::build(QVBoxLayout *layout)
{
    auto makeSide = [this](const QString &side, QGroupBox *&box, QCheckBox *&nat, QCheckBox *&firewall,
                           const QString &natText, const QString &firewallText) {
        box = new QGroupBox(this);
        auto *v = new QVBoxLayout(box);
        nat = new QCheckBox(natText, box);
        firewall = new QCheckBox(firewallText, box);
        const QString who = tr("Site %1 ").arg(side.toUpper());
        v->addWidget(fieldWithMessage(nat, side + QStringLiteral("NatBypass"), who + tr("NAT bypass")));
        v->addWidget(note(tr("Keeps tunnel traffic out of source NAT (masquerade), which would otherwise rewrite "
                                         "it before IPsec sees it. Cisco needs the LAN interface for this."),
                          box));
        v->addWidget(fieldWithMessage(firewall, side + QStringLiteral("Firewall"), who + tr("firewall rules")));
        v->addWidget(note(tr("Opens IKE (UDP 500), NAT-T (UDP 4500) and ESP from the peer, and lets tunnel "
                                         "traffic through. Untick if you manage the firewall yourself."),
                          box));
        v->addStretch(1);
        const QString natField = side + QStringLiteral("NatBypass"), fwField = side + QStringLiteral("Firewall");
        connect(nat, &QCheckBox::toggled, this, [this, natField] { edited(natField); });
        connect(firewall, &QCheckBox::toggled, this, [this, fwField] { edited(fwField); });
    };
    makeSide(QStringLiteral("a"), m_boxA, m_natBypassA, m_firewallA, tr("NAT b&ypass"), tr("Fire&wall rules"));
    makeSide(QStringLiteral("b"), m_boxB, m_natBypassB, m_firewallB, tr("NAT by&pass"), tr("Firewa&ll rules"));
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_boxA, 1);
    sides->addWidget(m_boxB, 1);
    layout->addLayout(sides);

    auto *linkBox = new QGroupBox(tr("Both routers"), this);
    auto *v = new QVBoxLayout(linkBox);
    m_natTraversal = new QCheckBox(tr("NAT &traversal"), linkBox);
    v->addWidget(fieldWithMessage(m_natTraversal, QStringLiteral("natTraversal"), tr("NAT traversal")));
    v->addWidget(note(tr("Wraps ESP in UDP 4500 when a NAT sits between the routers. Leave it on unless a "
                                     "peer cannot do it."),
                      linkBox));
    connect(m_natTraversal, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("natTraversal")); });
    layout->addWidget(linkBox);
    layout->addStretch(1);
}

void OptionsPage::load()
{
    const SiteToSiteLink &l = wiz()->link();
    auto title = [](const Site &s, const QString &side) {
        return s.name.isEmpty() ? tr("Site %1").arg(side) : tr("Site %1: %2").arg(side, s.name);
    };
    m_boxA->setTitle(title(l.a, QStringLiteral("A")));
    m_boxB->setTitle(title(l.b, QStringLiteral("B")));
    m_natBypassA->setChecked(l.a.natBypass);
    m_firewallA->setChecked(l.a.firewall);
    m_natBypassB->setChecked(l.b.natBypass);
    m_firewallB->setChecked(l.b.firewall);
    m_natTraversal->setChecked(l.natTraversal);
}

void OptionsPage::store()
{
    SiteToSiteLink &l = wiz()->link();
    l.a.natBypass = m_natBypassA->isChecked();
    l.a.firewall = m_firewallA->isChecked();
    l.b.natBypass = m_natBypassB->isChecked();
    l.b.firewall = m_firewallB->isChecked();
    l.natTraversal = m_natTraversal->isChecked();
}

} // namespace tw::ui
