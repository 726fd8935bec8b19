#include "ServerPage.h"

#include "AddressSuggester.h"
#include "CapabilityProbe.h"
#include "KeyEditor.h"
#include "PlatformComboBox.h"
#include "TunnelwrightWizard.h"

#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "validate/ProjectValidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

template <typename T> QString labelList(const QList<T> &items)
{
    QStringList out;
    for (const T &i : items)
        out << label(i);
    return out.join(ServerPage::tr(" or "));
}

QString describe(const IkeProposal &ike, const EspProposal &esp)
{
    return ServerPage::tr("IKEv1 %1, %2, %3, %4; ESP %5%6, %7")
        .arg(ike.effectiveMode() == IkeMode::Main ? ServerPage::tr("main mode") : ServerPage::tr("aggressive mode"),
             labelList(ike.encryption), labelList(ike.integrity), labelList(ike.dhGroups), labelList(esp.encryption),
             esp.integrity.isEmpty() ? QString() : ServerPage::tr(" with ") + labelList(esp.integrity),
             esp.pfsGroup ? ServerPage::tr("PFS ") + label(*esp.pfsGroup) : ServerPage::tr("no PFS"));
}

} // namespace

ServerPage::ServerPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Server, QStringLiteral("serverStatus"))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("The L2TP/IPsec server"));
    setSubTitle(tr("The MikroTik router iPhone and Windows users dial in to, and the addresses they get."));
}

void ServerPage::build(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto line = [this](const QString &field, const QString &placeholder) {
        auto *e = new QLineEdit;
        e->setObjectName(field);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, [this, field] { edited(field); });
        return e;
    };
    m_projectName = line(QStringLiteral("serverProjectName"), tr("e.g. office"));
    m_name = line(QStringLiteral("serverName"), tr("e.g. office (names the output folder)"));
    m_platform = new PlatformComboBox;
    m_publicAddress = line(QStringLiteral("publicAddress"), tr("what clients dial: vpn.example.com or 203.0.113.7"));
    m_wanInterface = line(QStringLiteral("serverWanInterface"), tr("e.g. ether1"));
    m_pool = line(QStringLiteral("pool"), tr("FIRST-LAST, e.g. 172.31.86.1-172.31.86.14"));
    m_localAddress = line(QStringLiteral("localAddress"), tr("e.g. 172.31.86.254, outside the pool"));
    m_dns = line(QStringLiteral("dnsServers"), tr("optional, e.g. 192.168.88.1, 8.8.8.8"));
    m_mtu = new QSpinBox;
    m_mtu->setRange(100, 9000);
    m_mtu->setToolTip(tr("%1 to %2; 1460 suits most links, 1400 links with PPPoE").arg(kMinMtu).arg(kMaxMtu));
    m_mschap2 = new QCheckBox(label(PppAuth::Mschap2).replace(QStringLiteral("v2"), QStringLiteral("&v2")));
    m_mschap2->setObjectName(QStringLiteral("authMschap2"));
    m_chap = new QCheckBox(tr("C&HAP"));
    m_chap->setObjectName(QStringLiteral("authChap"));
    m_pap = new QCheckBox(tr("P&AP"));
    m_pap->setObjectName(QStringLiteral("authPap"));
    auto *auth = new QWidget;
    auto *authLayout = new QHBoxLayout(auth);
    authLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *c : {m_mschap2, m_chap, m_pap}) {
        c->setAccessibleName(tr("Authentication: ") + c->text().remove(QLatin1Char('&')));
        authLayout->addWidget(c);
        connect(c, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("authentication")); });
    }
    authLayout->addStretch(1);
    m_proposals = new QLabel;
    m_proposals->setWordWrap(true);
    m_proposals->setTextFormat(Qt::PlainText);
    auto *suggest = new QPushButton(tr("Suggest fr&ee addresses"));
    suggest->setObjectName(QStringLiteral("suggestAddressesButton"));
    suggest->setToolTip(tr("A private /24 that overlaps nothing else in this project"));
    suggest->setAutoDefault(false);
    auto *poolRow = new QWidget;
    auto *poolLayout = new QHBoxLayout(poolRow);
    poolLayout->setContentsMargins(0, 0, 0, 0);
    poolLayout->addWidget(fieldWithMessage(m_pool, QStringLiteral("pool"), tr("Client address pool")), 1);
    poolLayout->addWidget(suggest, 0, Qt::AlignTop);
    proxyFocus(poolRow, m_pool);
    m_key = new KeyEditor(QStringLiteral("serverPsk"), tr("IPsec pre-shared key"));
    QLabel *keyMessage = addField(m_key->lineEdit(), QStringLiteral("serverPsk"), tr("IPsec pre-shared key"));
    auto *keyColumn = new QWidget;
    auto *keyLayout = new QVBoxLayout(keyColumn);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(2);
    keyLayout->addWidget(m_key);
    keyLayout->addWidget(keyMessage);
    proxyFocus(keyColumn, m_key->lineEdit());

    form->addRow(tr("&Project name:"), fieldWithMessage(m_projectName, QStringLiteral("serverProjectName"), tr("Project name")));
    form->addRow(tr("Server na&me:"), fieldWithMessage(m_name, QStringLiteral("serverName"), tr("Server name")));
    form->addRow(tr("Pla&tform:"), fieldWithMessage(m_platform, QStringLiteral("serverPlatform"), tr("Server platform")));
    form->addRow(tr("Publi&c address:"), fieldWithMessage(m_publicAddress, QStringLiteral("publicAddress"), tr("Public address")));
    form->addRow(tr("&WAN interface:"), fieldWithMessage(m_wanInterface, QStringLiteral("serverWanInterface"), tr("WAN interface")));
    form->addRow(tr("Client p&ool:"), poolRow);
    form->addRow(tr("Server tunnel add&ress:"), fieldWithMessage(m_localAddress, QStringLiteral("localAddress"), tr("Server tunnel address")));
    form->addRow(tr("&DNS servers:"), fieldWithMessage(m_dns, QStringLiteral("dnsServers"), tr("DNS servers for clients")));
    form->addRow(tr("MT&U:"), fieldWithMessage(m_mtu, QStringLiteral("mtu"), tr("MTU and MRU")));
    form->addRow(tr("Authentication:"), fieldWithMessage(auth, QStringLiteral("authentication"), tr("PPP authentication")));
    form->addRow(tr("IPsec proposals:"), fieldWithMessage(m_proposals, QStringLiteral("serverProposals"), tr("IPsec proposals")));
    auto *keyLabel = new QLabel(tr("Pre-shared &key:"));
    keyLabel->setBuddy(m_key->lineEdit());
    form->addRow(keyLabel, keyColumn);
    layout->addLayout(form);
    layout->addStretch(1);
    proxyFocus(auth, m_mschap2);

    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("serverPlatform")); });
    connect(m_mtu, &QSpinBox::valueChanged, this, [this] { edited(QStringLiteral("mtu")); });
    connect(m_key, &KeyEditor::keyEdited, this, [this] { edited(QStringLiteral("serverPsk")); });
    connect(suggest, &QPushButton::clicked, this, &ServerPage::suggestAddresses);
}

void ServerPage::load()
{
    const L2tpServer &s = wiz()->server();
    m_projectName->setText(wiz()->project().name);
    m_name->setText(s.name);
    m_platform->setPlatform(s.platform);
    m_publicAddress->setText(s.publicAddress);
    m_wanInterface->setText(s.wanInterface);
    m_pool->setText(s.pool);
    m_localAddress->setText(s.localAddress);
    if (splitList(m_dns->text()) != s.dnsServers)
        m_dns->setText(s.dnsServers.join(QStringLiteral(", ")));
    m_mtu->setValue(s.mtu);
    m_mschap2->setChecked(s.authentication.contains(PppAuth::Mschap2));
    m_chap->setChecked(s.authentication.contains(PppAuth::Chap));
    m_pap->setChecked(s.authentication.contains(PppAuth::Pap));
    if (m_key->key() != s.psk)
        m_key->setKey(s.psk);
    updateProposals();
    updatePlatformAvailability();
}

void ServerPage::store()
{
    wiz()->project().name = m_projectName->text();
    L2tpServer &s = wiz()->server();
    s.name = m_name->text();
    s.platform = m_platform->platform();
    s.publicAddress = m_publicAddress->text();
    s.wanInterface = m_wanInterface->text();
    s.pool = m_pool->text();
    s.localAddress = m_localAddress->text();
    s.dnsServers = splitList(m_dns->text());
    s.mtu = m_mtu->value();
    // Checked methods in the model's order, so that an untouched project keeps its bytes.
    QList<PppAuth> auth;
    for (auto [box, method] : {std::pair{m_mschap2, PppAuth::Mschap2}, std::pair{m_chap, PppAuth::Chap}, std::pair{m_pap, PppAuth::Pap}})
        if (box->isChecked())
            auth << method;
    QList<PppAuth> ordered;
    for (PppAuth a : s.authentication)
        if (auth.contains(a) && !ordered.contains(a))
            ordered << a;
    for (PppAuth a : auth)
        if (!ordered.contains(a))
            ordered << a;
    s.authentication = ordered;
    s.psk = m_key->key();
}

void ServerPage::suggestAddresses()
{
    const L2tpServer &s = wiz()->server();
    const auto a = AddressSuggester::suggest(wiz()->project(), wiz()->objectIndex(),
                                             std::max(AddressSuggester::kDefaultPoolSize, int(s.users.size())));
    if (!a)
        return;
    m_pool->setText(a->pool);
    m_localAddress->setText(a->localAddress);
}

void ServerPage::showFieldMessages(const QString &field, const QList<FieldMessage> &messages)
{
    if (field != QLatin1String("dnsServers"))
        return WizardPage::showFieldMessages(field, messages);
    const QStringList entries = wiz()->server().dnsServers;
    QList<FieldMessage> shown;
    for (FieldMessage m : messages) {
        if (m.row >= 0)
            m.text = tr("entry %1 (%2) %3").arg(m.row + 1).arg(entries.value(m.row), m.text);
        shown << m;
    }
    WizardPage::showFieldMessages(field, shown);
}

void ServerPage::updateProposals()
{
    const L2tpServer &s = wiz()->server();
    const QString what = describe(effectiveIke(s), effectiveEsp(s));
    m_proposals->setText(s.ike || s.esp ? tr("From the project file: %1.").arg(what)
                                        : tr("What the built-in iPhone and Windows clients offer: %1.").arg(what));
}

void ServerPage::updatePlatformAvailability()
{
    const L2tpServer &s = wiz()->server();
    for (Platform p : allPlatforms()) {
        L2tpServer candidate = s;
        candidate.platform = p;
        m_platform->setUnavailable(p, p == s.platform ? QString()
                                                      : CapabilityProbe::newServerErrors(s, candidate, QStringLiteral("platform")).join(QLatin1Char(' ')));
    }
}

} // namespace tw::ui
