#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// The passphrase of an encrypted project (docs/encrypted-project.md), asked in two ways:
// - opening: one field, and why the last try failed;
// - saving: plain or encrypted, the new passphrase twice (at least kMinPassphraseLength characters);
//   a project that is encrypted already may keep its passphrase by leaving the fields empty.
// Object names: passphraseEdit, passphraseRepeat, passphraseShow, passphraseProblem, savePlain,
// saveEncrypted, and the dialog's buttons.

namespace tw::ui {

class PassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    // The passphrase to try, or nullopt when the user cancels. problem: why the last one failed.
    static std::optional<QString> askToOpen(QWidget *parent, const QString &fileName, const QString &problem);

    struct SaveChoice {
        bool cancelled = false;
        std::optional<QString> passphrase; // nullopt: save as a plain file
    };
    // current: the passphrase the project's file has now, if it is encrypted.
    static SaveChoice askToSave(QWidget *parent, const QString &fileName, const std::optional<QString> &current);

private:
    enum class Mode { Open, Save };
    PassphraseDialog(QWidget *parent, Mode mode, const QString &text);
    void updateState();

    Mode m_mode;
    bool m_haveCurrent = false;
    QRadioButton *m_plain = nullptr;
    QRadioButton *m_encrypted = nullptr;
    QLineEdit *m_edit = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_show = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tw::ui
