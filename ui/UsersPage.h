#pragma once

#include "WizardPage.h"

#include "model/Result.h"

class QCheckBox;
class QComboBox;
class QTableWidget;

// L2TP/IPsec server, step 2: the users (add, remove, generate passwords, CSV import and export) and
// which client material to produce.

namespace tw::ui {

class PasswordDelegate;

class UsersPage final : public WizardPage {
    Q_OBJECT
public:
    explicit UsersPage(TunnelwrightWizard *wizard);

    // CSV (core/io/UsersCsv): the result line is also shown on the page (objectName csvStatus).
    // Imported users replace users of the same name (ignoring case) and are added otherwise.
    Result<QString> importCsv(const QString &path);
    Result<QString> exportCsv(const QString &path);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;
    void showFieldMessages(const QString &field, const QList<FieldMessage> &messages) override;
    QWidget *widgetFor(const QString &field, int row, int column) const override;
    void focusUsersCell(int row, int column) const;

private:
    void addUser();
    void removeSelected();
    void generateForSelected();
    QList<int> selectedRows() const;
    void setCsvStatus(const QString &text, bool error);

    QTableWidget *m_table = nullptr;
    PasswordDelegate *m_delegate = nullptr;
    QCheckBox *m_showPasswords = nullptr;
    QLabel *m_tableMessage = nullptr;
    QLabel *m_csvStatus = nullptr;
    QCheckBox *m_iphone = nullptr;
    QCheckBox *m_windows = nullptr;
    QCheckBox *m_passwordsOnSheets = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_sheetLanguage = nullptr;
};

} // namespace tw::ui
