#pragma once

#include "PageId.h"

#include "model/Project.h"
#include "model/Result.h"
#include "render/client/RenderOptions.h"
#include "validate/Finding.h"

#include <QTimer>
#include <QWizard>

#include <optional>

// The Tunnelwright wizard. It owns the one tw::Project being edited (style point 7) and which object
// of it the current flow edits: a site-to-site link or an L2TP/IPsec server. Pages write their values
// into that project as the user types; the wizard then runs core's check (debounced, 150 ms) and
// hands the findings to every page. Output text and files come from core (renderProject,
// writeRender, saveProjectFile), never from the dialog.

namespace tw::ui {

class WizardPage;

class TunnelwrightWizard final : public QWizard {
    Q_OBJECT
public:
    explicit TunnelwrightWizard(QWidget *parent = nullptr);
    ~TunnelwrightWizard() override;

    // The model.
    Project &project() { return m_project; }
    const Project &project() const { return m_project; }
    Flow flow() const { return m_flow; }
    int objectIndex() const { return m_index; }
    SiteToSiteLink &link() { return m_project.links[m_index]; }
    L2tpServer &server() { return m_project.l2tpServers[m_index]; }

    // Validation: pages call modelEdited() after writing; validateNow() runs check at once.
    void modelEdited();
    void validateNow();
    const QList<Finding> &findings() const { return m_findings; }
    bool hasErrors() const;

    // How client material is rendered (paper, passwords on sheets, the sheets' language): a choice of
    // this session, not part of the project; export and preview use it. Paper starts as the locale's,
    // the sheets' language as the wizard's.
    const RenderOptions &renderOptions() const { return m_renderOptions; }
    void setRenderOptions(const RenderOptions &options) { m_renderOptions = options; }

    // Projects.
    bool startNew(Flow flow);                       // a new project with one link or server (asks to save first)
    Result<bool> openProjectFile(const QString &path); // loads without asking; the current page is not changed
    bool openAndEnter(const QString &path);         // asks to save, opens, and enters the flow of its first object
    void openWithDialog();
    void editObject(Flow flow, int index);          // which link/server of the project the flow edits
    Result<bool> saveProjectTo(const QString &path); // plain or encrypted, as the project's file is now
    bool save();   // to the project's file, or asks for one
    bool saveAs(); // asks for a file, then saveAsTo
    bool saveAsTo(const QString &path); // asks: plain or encrypted (and the passphrase), then saves
    QString projectFilePath() const { return m_path; }
    bool isModified() const { return m_project != m_saved; }
    QString lastOpenError() const { return m_openError; }
    // True while the project's file is encrypted: Save keeps it so, with the same passphrase.
    bool isEncrypted() const { return m_passphrase.has_value(); }

    // Takes the user to the page and field a finding's path names (the review page's list).
    void showFinding(const QString &path);
    // Goes to a page of the current flow: back through the history, or forward past pages that still
    // have errors (the review page of a project opened with errors, screenshots, tests).
    void showPage(PageId target);
    bool isNavigating() const { return m_navigating; }

    WizardPage *pageFor(PageId id) const;
    int nextId() const override;
    void done(int result) override;

    // Asks whether to save unsaved changes. Returns false when the user cancels.
    bool maybeSave();

signals:
    void findingsChanged();
    void projectReplaced(); // new or opened project: pages forget their UI state
    void objectChanged();   // the flow edits another link/server

private:
    void replaceProject(const Project &project, const QString &path);
    Result<bool> writeProject(const QString &path, const std::optional<QString> &passphrase);
    void updateTitle();
    void updateButtons();

    Project m_project;
    Project m_saved;
    QString m_path;
    QString m_openError;
    std::optional<QString> m_passphrase; // of the encrypted project file, kept in memory only
    RenderOptions m_renderOptions;
    Flow m_flow = Flow::None;
    int m_index = 0;
    QList<Finding> m_findings;
    QTimer m_validation;
    bool m_navigating = false;
};

} // namespace tw::ui
