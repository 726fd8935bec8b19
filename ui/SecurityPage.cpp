#include "SecurityPage.h"

#include "CapabilityProbe.h"
#include "KeyEditor.h"
#include "TunnelwrightWizard.h"

#include "model/Vocabulary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

constexpr int kNone = -1;

template <typename T> void setFirst(QList<T> &list, T value)
{
    if (list.isEmpty()) {
        list << value;
        return;
    }
    list[0] = value;
    for (qsizetype i = list.size() - 1; i > 0; --i)
        if (list[i] == value)
            list.removeAt(i);
}

// One combo's value written into a link, as the user choosing it means it.
void applyChoice(SiteToSiteLink &l, const QString &field, int value)
{
    if (field == QLatin1String("ikeVersion")) {
        l.ike.version = IkeVersion(value);
        l.ike.mode = l.ike.version == IkeVersion::V1 ? std::optional(l.ike.effectiveMode()) : std::nullopt;
    } else if (field == QLatin1String("ikeMode")) {
        if (l.ike.version == IkeVersion::V1)
            l.ike.mode = IkeMode(value);
    } else if (field == QLatin1String("ikeEncryption")) {
        setFirst(l.ike.encryption, Encryption(value));
    } else if (field == QLatin1String("ikeIntegrity")) {
        setFirst(l.ike.integrity, Integrity(value));
    } else if (field == QLatin1String("ikeDhGroup")) {
        if (const auto g = dhGroupFromNumber(value))
            setFirst(l.ike.dhGroups, *g);
    } else if (field == QLatin1String("espEncryption")) {
        setFirst(l.esp.encryption, Encryption(value));
        // GCM authenticates by itself; CBC needs an integrity algorithm.
        const bool allAead = std::all_of(l.esp.encryption.begin(), l.esp.encryption.end(), [](Encryption e) { return isAead(e); });
        if (allAead)
            l.esp.integrity.clear();
        else if (l.esp.integrity.isEmpty())
            l.esp.integrity = {Integrity::Sha256};
    } else if (field == QLatin1String("espIntegrity")) {
        if (value == kNone)
            l.esp.integrity.clear();
        else
            setFirst(l.esp.integrity, Integrity(value));
    } else if (field == QLatin1String("pfsGroup")) {
        l.esp.pfsGroup = value == kNone ? std::nullopt : dhGroupFromNumber(value);
    }
}

int currentValue(const SiteToSiteLink &l, const QString &field)
{
    if (field == QLatin1String("ikeVersion"))
        return int(l.ike.version);
    if (field == QLatin1String("ikeMode"))
        return int(l.ike.effectiveMode());
    if (field == QLatin1String("ikeEncryption"))
        return l.ike.encryption.isEmpty() ? kNone : int(l.ike.encryption.first());
    if (field == QLatin1String("ikeIntegrity"))
        return l.ike.integrity.isEmpty() ? kNone : int(l.ike.integrity.first());
    if (field == QLatin1String("ikeDhGroup"))
        return l.ike.dhGroups.isEmpty() ? kNone : ianaNumber(l.ike.dhGroups.first());
    if (field == QLatin1String("espEncryption"))
        return l.esp.encryption.isEmpty() ? kNone : int(l.esp.encryption.first());
    if (field == QLatin1String("espIntegrity"))
        return l.esp.integrity.isEmpty() ? kNone : int(l.esp.integrity.first());
    if (field == QLatin1String("pfsGroup"))
        return l.esp.pfsGroup ? ianaNumber(*l.esp.pfsGroup) : kNone;
    return kNone;
}

template <typename T> QString labelList(const QList<T> &items)
{
    QStringList out;
    for (const T &i : items)
        out << label(i);
    return out.join(QStringLiteral(", "));
}

} // namespace

SecurityPage::SecurityPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Security, QStringLiteral("securityStatus"))
{
    setObjectName(QStringLiteral("securityPage"));
    setTitle(tr("Security"));
    setSubTitle(tr("The algorithms both routers use, and the key they share. Both ends get exactly the same."));
    connect(wizard, &TunnelwrightWizard::projectReplaced, this, [this] { m_customChosen = false; });
    connect(wizard, &TunnelwrightWizard::objectChanged, this, [this] { m_customChosen = false; });
}

QComboBox *SecurityPage::addCombo(const QString &field, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(field);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { choose(field); });
    return combo;
}

void SecurityPage::build(QVBoxLayout *layout)
{
    // Presets.
    auto *presetBox = new QGroupBox(tr("Algorithms"), this);
    auto *presetLayout = new QGridLayout(presetBox);
    presetLayout->setColumnStretch(1, 1);
    m_presetGroup = new QButtonGroup(this);
    auto names = [](SecurityPreset p) -> std::pair<QString, QString> {
        switch (p) {
        case SecurityPreset::Compatible:
            return {QStringLiteral("presetCompatible"), tr("&Compatible with older equipment")};
        case SecurityPreset::Recommended:
            return {QStringLiteral("presetRecommended"), tr("Recommen&ded")};
        case SecurityPreset::Modern:
            return {QStringLiteral("presetModern"), tr("&Modern IKEv2")};
        case SecurityPreset::Custom:
            return {QStringLiteral("presetCustom"), tr("C&ustom")};
        }
        return {};
    };
    int row = 0;
    for (SecurityPreset p : SecurityPresets::all()) {
        auto *radio = new QRadioButton(names(p).second, presetBox);
        radio->setObjectName(names(p).first);
        radio->setAccessibleName(SecurityPresets::title(p));
        radio->setAccessibleDescription(SecurityPresets::description(p));
        auto *description = new QLabel(SecurityPresets::description(p), presetBox);
        description->setWordWrap(true);
        auto *reason = new QLabel(presetBox);
        reason->setObjectName(names(p).first + QStringLiteral("Reason"));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        reason->setVisible(false);
        QPalette pal = reason->palette();
        pal.setColor(QPalette::WindowText, QColor(0x8a, 0x50, 0x00));
        reason->setPalette(pal);
        presetLayout->addWidget(radio, row, 0, Qt::AlignTop);
        presetLayout->addWidget(description, row++, 1);
        presetLayout->addWidget(reason, row++, 1);
        m_presetGroup->addButton(radio, int(p));
        m_presets << Preset{p, radio, reason};
        connect(radio, &QRadioButton::toggled, this, [this, p](bool on) {
            if (on && !isLoading())
                presetChosen(p);
        });
    }
    layout->addWidget(presetBox);

    // The key.
    auto *keyBox = new QGroupBox(tr("Pre-shared key"), this);
    auto *keyForm = new QFormLayout(keyBox);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_key = new KeyEditor(QStringLiteral("psk"), tr("Pre-shared key"), keyBox);
    QLabel *keyMessage = addField(m_key->lineEdit(), QStringLiteral("psk"), tr("Pre-shared key"));
    auto *keyColumn = new QVBoxLayout;
    keyColumn->setSpacing(2);
    keyColumn->addWidget(m_key);
    keyColumn->addWidget(keyMessage);
    auto *keyLabel = new QLabel(tr("&Key:"), keyBox);
    keyLabel->setBuddy(m_key->lineEdit());
    keyForm->addRow(keyLabel, keyColumn);
    auto *keyNote = new QLabel(tr("Both routers get this key; the files that hold it are written readable by "
                                              "you only. Generate gives 32 random letters and digits."),
                               keyBox);
    keyNote->setWordWrap(true);
    keyForm->addRow(keyNote);
    layout->addWidget(keyBox);

    // The algorithms themselves: editable with Custom, a read-out of the preset otherwise.
    m_algorithms = new QGroupBox(tr("Proposals"), this);
    m_algorithms->setObjectName(QStringLiteral("algorithmsBox"));
    auto *columns = new QGridLayout(m_algorithms);
    auto *ikeForm = new QFormLayout;
    auto *espForm = new QFormLayout;
    for (QFormLayout *f : {ikeForm, espForm}) {
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    }
    auto *ikeTitle = new QLabel(tr("<b>Phase 1 (IKE)</b>"), m_algorithms);
    auto *espTitle = new QLabel(tr("<b>Phase 2 (ESP)</b>"), m_algorithms);

    QComboBox *version = addCombo(QStringLiteral("ikeVersion"), tr("IKE version"));
    version->addItem(QStringLiteral("IKEv1"), int(IkeVersion::V1));
    version->addItem(QStringLiteral("IKEv2"), int(IkeVersion::V2));
    QComboBox *mode = addCombo(QStringLiteral("ikeMode"), tr("IKEv1 mode"));
    mode->addItem(tr("main mode"), int(IkeMode::Main));
    mode->addItem(tr("aggressive mode"), int(IkeMode::Aggressive));
    QComboBox *ikeEnc = addCombo(QStringLiteral("ikeEncryption"), tr("IKE encryption"));
    QComboBox *espEnc = addCombo(QStringLiteral("espEncryption"), tr("ESP encryption"));
    for (Encryption e : allEncryptions()) {
        ikeEnc->addItem(label(e), int(e));
        espEnc->addItem(label(e), int(e));
    }
    QComboBox *ikeInt = addCombo(QStringLiteral("ikeIntegrity"), tr("IKE integrity"));
    QComboBox *espInt = addCombo(QStringLiteral("espIntegrity"), tr("ESP integrity"));
    espInt->addItem(tr("none (AES-GCM authenticates)"), kNone);
    for (Integrity i : allIntegrities()) {
        ikeInt->addItem(label(i), int(i));
        espInt->addItem(label(i), int(i));
    }
    QComboBox *dh = addCombo(QStringLiteral("ikeDhGroup"), tr("IKE Diffie-Hellman group"));
    QComboBox *pfs = addCombo(QStringLiteral("pfsGroup"), tr("Perfect forward secrecy group"));
    pfs->addItem(tr("no PFS"), kNone);
    for (DhGroup g : allDhGroups()) {
        dh->addItem(label(g), ianaNumber(g));
        pfs->addItem(label(g), ianaNumber(g));
    }
    auto lifetime = [this](const QString &field, const QString &name, QSpinBox *&spin) {
        spin = new QSpinBox;
        spin->setRange(1, 604800);
        spin->setSuffix(QStringLiteral(" s"));
        spin->setAccelerated(true);
        spin->setObjectName(field);
        connect(spin, &QSpinBox::valueChanged, this, [this, field] { edited(field); });
        return fieldWithMessage(spin, field, name);
    };
    ikeForm->addRow(tr("&Version:"), fieldWithMessage(version, QStringLiteral("ikeVersion"), version->accessibleName()));
    ikeForm->addRow(tr("M&ode:"), fieldWithMessage(mode, QStringLiteral("ikeMode"), mode->accessibleName()));
    ikeForm->addRow(tr("&Encryption:"), fieldWithMessage(ikeEnc, QStringLiteral("ikeEncryption"), ikeEnc->accessibleName()));
    ikeForm->addRow(tr("&Integrity:"), fieldWithMessage(ikeInt, QStringLiteral("ikeIntegrity"), ikeInt->accessibleName()));
    ikeForm->addRow(tr("DH grou&p:"), fieldWithMessage(dh, QStringLiteral("ikeDhGroup"), dh->accessibleName()));
    ikeForm->addRow(tr("&Lifetime:"), lifetime(QStringLiteral("ikeLifetime"), tr("IKE lifetime in seconds"), m_ikeLifetime));
    espForm->addRow(tr("Encryp&tion:"), fieldWithMessage(espEnc, QStringLiteral("espEncryption"), espEnc->accessibleName()));
    espForm->addRow(tr("Integrit&y:"), fieldWithMessage(espInt, QStringLiteral("espIntegrity"), espInt->accessibleName()));
    espForm->addRow(tr("PF&S group:"), fieldWithMessage(pfs, QStringLiteral("pfsGroup"), pfs->accessibleName()));
    espForm->addRow(tr("Li&fetime:"), lifetime(QStringLiteral("espLifetime"), tr("ESP lifetime in seconds"), m_espLifetime));

    m_extras = new QLabel(m_algorithms);
    m_extras->setObjectName(QStringLiteral("securityExtras"));
    m_extras->setWordWrap(true);
    m_extras->setTextFormat(Qt::PlainText);
    m_dropExtras = new QPushButton(tr("Offer only the choices shown"), m_algorithms);
    m_dropExtras->setObjectName(QStringLiteral("dropExtrasButton"));
    m_dropExtras->setAutoDefault(false);
    columns->addWidget(ikeTitle, 0, 0);
    columns->addWidget(espTitle, 0, 1);
    columns->addLayout(ikeForm, 1, 0);
    columns->addLayout(espForm, 1, 1, Qt::AlignTop);
    columns->addWidget(m_extras, 2, 0, 1, 2);
    columns->addWidget(m_dropExtras, 3, 0, 1, 2, Qt::AlignLeft);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    layout->addWidget(m_algorithms);
    connect(m_dropExtras, &QPushButton::clicked, this, [this] {
        SiteToSiteLink &l = wiz()->link();
        for (auto *list : {&l.ike.encryption, &l.esp.encryption})
            list->resize(std::min<qsizetype>(list->size(), 1));
        l.ike.integrity.resize(std::min<qsizetype>(l.ike.integrity.size(), 1));
        l.esp.integrity.resize(std::min<qsizetype>(l.esp.integrity.size(), 1));
        l.ike.dhGroups.resize(std::min<qsizetype>(l.ike.dhGroups.size(), 1));
        loadFromModel();
        edited(QStringLiteral("ikeEncryption"));
    });
    layout->addStretch(1);
    connect(m_key, &KeyEditor::keyEdited, this, [this] { edited(QStringLiteral("psk")); });
}

void SecurityPage::load()
{
    const SiteToSiteLink &l = wiz()->link();
    const SecurityPreset preset = m_customChosen ? SecurityPreset::Custom : SecurityPresets::detect(l);
    for (const Preset &p : m_presets)
        p.radio->setChecked(p.preset == preset);
    m_algorithms->setEnabled(preset == SecurityPreset::Custom);
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(it.value()->findData(currentValue(l, it.key())));
    m_combos.value(QStringLiteral("ikeMode"))->setEnabled(l.ike.version == IkeVersion::V1);
    m_ikeLifetime->setValue(l.ike.lifetimeS);
    m_espLifetime->setValue(l.esp.lifetimeS);
    if (m_key->key() != l.psk)
        m_key->setKey(l.psk);
    updateExtras();
    updateAvailability();
}

void SecurityPage::store()
{
    SiteToSiteLink &l = wiz()->link();
    l.psk = m_key->key();
    // The combos write their value when chosen (choose()); lifetimes are written here.
    if (m_algorithms->isEnabled()) {
        l.ike.lifetimeS = m_ikeLifetime->value();
        l.esp.lifetimeS = m_espLifetime->value();
    }
}

void SecurityPage::choose(const QString &field)
{
    QComboBox *combo = m_combos.value(field);
    if (!combo || isLoading())
        return;
    applyChoice(wiz()->link(), field, combo->currentData().toInt());
    loadFromModel(); // dependent values (mode, ESP integrity) follow
    edited(field);
}

void SecurityPage::presetChosen(SecurityPreset p)
{
    m_customChosen = p == SecurityPreset::Custom;
    SecurityPresets::apply(p, wiz()->link());
    loadFromModel();
    edited(QStringLiteral("ikeEncryption"));
}

void SecurityPage::updateAvailability()
{
    const SiteToSiteLink &l = wiz()->link();
    for (const Preset &p : m_presets) {
        if (p.preset == SecurityPreset::Custom)
            continue;
        SiteToSiteLink candidate = l;
        SecurityPresets::apply(p.preset, candidate);
        const QStringList reasons = CapabilityProbe::platformReasons(candidate);
        p.radio->setEnabled(reasons.isEmpty() || p.radio->isChecked());
        p.reason->setText(reasons.isEmpty() ? QString() : tr("Not available: ") + reasons.join(QLatin1Char(' ')));
        p.reason->setVisible(!reasons.isEmpty());
        p.radio->setToolTip(p.reason->text());
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        auto *model = qobject_cast<QStandardItemModel *>(it.value()->model());
        for (int i = 0; model && i < it.value()->count(); ++i) {
            SiteToSiteLink candidate = l;
            applyChoice(candidate, it.key(), it.value()->itemData(i).toInt());
            const QStringList reasons = candidate.ike == l.ike && candidate.esp == l.esp
                                            ? QStringList()
                                            : CapabilityProbe::newSecurityErrors(l, candidate);
            QStandardItem *item = model->item(i);
            item->setEnabled(reasons.isEmpty());
            item->setToolTip(reasons.isEmpty() ? QString() : tr("Not available: ") + reasons.join(QLatin1Char(' ')));
        }
    }
}

void SecurityPage::updateExtras()
{
    const SiteToSiteLink &l = wiz()->link();
    QStringList extras;
    if (l.ike.encryption.size() > 1)
        extras << tr("IKE encryption %1").arg(labelList(l.ike.encryption.mid(1)));
    if (l.ike.integrity.size() > 1)
        extras << tr("IKE integrity %1").arg(labelList(l.ike.integrity.mid(1)));
    if (l.ike.dhGroups.size() > 1)
        extras << tr("IKE %1").arg(labelList(l.ike.dhGroups.mid(1)));
    if (l.esp.encryption.size() > 1)
        extras << tr("ESP encryption %1").arg(labelList(l.esp.encryption.mid(1)));
    if (l.esp.integrity.size() > 1)
        extras << tr("ESP integrity %1").arg(labelList(l.esp.integrity.mid(1)));
    m_extras->setText(extras.isEmpty() ? QString()
                                       : tr("The project also offers, after the choices shown: %1.").arg(extras.join(QStringLiteral("; "))));
    m_extras->setVisible(!extras.isEmpty());
    m_dropExtras->setVisible(!extras.isEmpty());
}

} // namespace tw::ui
