#include "KeyEditor.h"

#include "secrets/SecretGenerator.h"
#include "validate/KeyStrength.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

namespace tw::ui {
namespace {

constexpr int kMeterMaxBits = 160; // a generated 32-character key (190 bits) fills it

} // namespace

KeyEditor::KeyEditor(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_show(new QToolButton(this)),
      m_generate(new QPushButton(tr("&Generate"), this)), m_copy(new QPushButton(tr("Copy"), this)),
      m_meter(new QProgressBar(this)), m_meterText(new QLabel(this))
{
    m_edit->setObjectName(name);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(256);
    m_edit->setPlaceholderText(tr("8 to 128 printable characters, no spaces"));
    m_show->setObjectName(name + QStringLiteral("Show"));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show the key"));
    m_show->setToolTip(tr("Show or hide the key"));
    m_generate->setObjectName(name + QStringLiteral("Generate"));
    m_generate->setAccessibleName(tr("Generate a new random key"));
    m_generate->setToolTip(tr("%1 random letters and digits (about %2 bits)")
                               .arg(kDefaultKeyLength)
                               .arg(int(generatedSecretBits(kDefaultKeyLength))));
    m_generate->setAutoDefault(false);
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_copy->setAccessibleName(tr("Copy the key to the clipboard"));
    m_copy->setAutoDefault(false);
    m_meter->setObjectName(name + QStringLiteral("Strength"));
    m_meter->setAccessibleName(tr("Key strength"));
    m_meter->setRange(0, kMeterMaxBits);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(m_meter->fontMetrics().height() / 2 + 4);
    m_meterText->setObjectName(name + QStringLiteral("StrengthText"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_edit, 0, 0);
    grid->addWidget(m_show, 0, 1);
    grid->addWidget(m_generate, 0, 2);
    grid->addWidget(m_copy, 0, 3);
    grid->addWidget(m_meter, 1, 0);
    grid->addWidget(m_meterText, 1, 1, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateStrength();
        emit keyEdited();
    });
    connect(m_show, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(m_generate, &QPushButton::clicked, this, [this] {
        m_edit->setText(generateSecret(kDefaultKeyLength));
        updateStrength();
        emit keyEdited();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_edit->text()); });
    updateStrength();
}

QString KeyEditor::key() const { return m_edit->text(); }

void KeyEditor::setKey(const QString &key)
{
    m_edit->setText(key);
    updateStrength();
}

void KeyEditor::updateStrength()
{
    const QString key = m_edit->text();
    const double bits = key.isEmpty() ? 0.0 : estimateStrengthBits(key);
    m_meter->setValue(std::clamp(int(bits), 0, kMeterMaxBits));
    QString verdict;
    QColor colour;
    if (key.isEmpty()) {
        verdict = tr("no key yet");
        colour = palette().color(QPalette::Mid);
    } else if (bits < kWeakKeyBits) {
        verdict = tr("weak");
        colour = QColor(0xc6, 0x28, 0x28);
    } else if (bits < 128) {
        verdict = tr("fair");
        colour = QColor(0xc7, 0x7c, 0x02);
    } else {
        verdict = tr("strong");
        colour = QColor(0x2e, 0x7d, 0x32);
    }
    QPalette p = m_meter->palette();
    p.setColor(QPalette::Highlight, colour);
    m_meter->setPalette(p);
    const QString text = key.isEmpty() ? verdict : tr("about %1 bits: %2").arg(int(bits)).arg(verdict);
    m_meterText->setText(text);
    m_meter->setAccessibleDescription(text);
}

} // namespace tw::ui
