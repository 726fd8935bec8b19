#include "PassphraseDialog.h"

#include "secrets/ProjectCrypto.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tw::ui {

PassphraseDialog::PassphraseDialog(QWidget *parent, Mode mode, const QString &text) : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    if (mode == Mode::Save) {
        m_plain = new QRadioButton(tr("&Plain file, readable by your user account only"), this);
        m_plain->setObjectName(QStringLiteral("savePlain"));
        m_encrypted = new QRadioButton(tr("&Encrypted with a passphrase (recommended: the project holds keys)"), this);
        m_encrypted->setObjectName(QStringLiteral("saveEncrypted"));
        layout->addWidget(m_plain);
        layout->addWidget(m_encrypted);
    }

    auto *form = new QFormLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Passphrase"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 36);
    form->addRow(tr("Pass&phrase:"), m_edit);
    if (mode == Mode::Save) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_repeat);
    }
    m_show = new QCheckBox(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("passphraseShow"));
    form->addRow(QString(), m_show);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passphraseOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("passphraseCancel"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *e : {m_edit, m_repeat})
            if (e)
                e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QLineEdit *e : {m_edit, m_repeat})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    for (QRadioButton *r : {m_plain, m_encrypted})
        if (r)
            connect(r, &QRadioButton::toggled, this, &PassphraseDialog::updateState);
}

void PassphraseDialog::updateState()
{
    QString problem;
    bool ok = !m_edit->text().isEmpty();
    if (m_mode == Mode::Save) {
        const bool encrypt = m_encrypted->isChecked();
        for (QLineEdit *e : {m_edit, m_repeat})
            e->setEnabled(encrypt);
        m_show->setEnabled(encrypt);
        const QString phrase = m_edit->text();
        const bool keepCurrent = m_haveCurrent && phrase.isEmpty() && m_repeat->text().isEmpty();
        if (!encrypt || keepCurrent)
            ok = true;
        else if (phrase.size() < kMinPassphraseLength) {
            ok = false;
            problem = tr("The passphrase needs at least %1 characters; a few unrelated words are easy to "
                                     "remember and hard to guess.").arg(kMinPassphraseLength);
        } else if (m_repeat->text() != phrase) {
            ok = false;
            problem = tr("The two passphrases differ; type the same one in both fields.");
        }
        if (encrypt && keepCurrent && ok)
            problem = tr("Leave both fields empty to keep the current passphrase.");
        m_problem->setText(problem);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<QString> PassphraseDialog::askToOpen(QWidget *parent, const QString &fileName, const QString &problem)
{
    PassphraseDialog d(parent, Mode::Open,
                       tr("“%1” is encrypted. Enter the passphrase it was saved with.").arg(fileName));
    d.setWindowTitle(tr("Encrypted project"));
    d.m_problem->setText(problem);
    d.m_problem->setVisible(!problem.isEmpty());
    d.updateState();
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return d.m_edit->text();
}

PassphraseDialog::SaveChoice PassphraseDialog::askToSave(QWidget *parent, const QString &fileName,
                                                         const std::optional<QString> &current)
{
    PassphraseDialog d(parent, Mode::Save, tr("How should “%1” be saved?").arg(fileName));
    d.setWindowTitle(tr("Save the project"));
    d.m_haveCurrent = current.has_value();
    (current ? d.m_encrypted : d.m_plain)->setChecked(true);
    d.updateState();
    if (d.exec() != QDialog::Accepted)
        return {true, std::nullopt};
    if (!d.m_encrypted->isChecked())
        return {false, std::nullopt};
    const QString phrase = d.m_edit->text();
    return {false, phrase.isEmpty() ? current : std::optional<QString>(phrase)};
}

} // namespace tw::ui
