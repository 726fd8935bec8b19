#pragma once

#include "UiLanguage.h"
#include "WizardPage.h"

class QComboBox;
class QVBoxLayout;
class QLabel;
class QListWidget;
class QWidget;

// The first page: a new site-to-site link, a new L2TP/IPsec server, a project file, or one of the
// recent projects. With a project of several links and servers it asks which one to edit.

namespace tw::ui {

class StartPage final : public WizardPage {
    Q_OBJECT
public:
    explicit StartPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override {}
    QString notReadyReason() const override;

private:
    void buildLanguageRow(QVBoxLayout *layout);
    void buildObjectRow();
    void buildRecentList();

    QVBoxLayout *m_objectSlot = nullptr;
    QVBoxLayout *m_recentSlot = nullptr;
    QWidget *m_open = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_loaded = nullptr;
    QLabel *m_openError = nullptr;
    QWidget *m_objectRow = nullptr;
    QComboBox *m_object = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    const QString m_startLanguage = uiLanguage(); // the language this run shows
};

} // namespace tw::ui
