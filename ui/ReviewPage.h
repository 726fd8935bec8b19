#pragma once

#include "WizardPage.h"

class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Before export: every finding of the project in one list (activating one leads to its field), the
// rendered files side by side, and the parameters both ends must agree on. Next stays disabled while
// the project has errors, and the status line lists them.

namespace tw::ui {

class PreviewPane;

class ReviewPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override {}
    bool scrollable() const override { return false; }
    bool blocksOnEveryError() const override { return true; }
    void findingsShown() override;

private:
    void fillFindings();
    void fillPreview();
    void fillMatched();
    void activate();

    QLabel *m_summary = nullptr;
    QListWidget *m_findings = nullptr;
    QPushButton *m_goTo = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreviewPane *m_left = nullptr;
    PreviewPane *m_right = nullptr;
    QLabel *m_matchedTitle = nullptr;
    QTableWidget *m_matched = nullptr;
};

} // namespace tw::ui
