#pragma once

#include "WizardPage.h"

#include "model/Result.h"
#include "render/ProjectRenderer.h"
#include "render/client/ClientRenderer.h"

#include <optional>

class QLineEdit;
class QPushButton;
class QTableWidget;

// The last page: writes every file of the render into a folder with core's writeRender (the bytes
// `tunnelwright-cli render` writes), lists them, copies any one to the clipboard and opens the
// folder. Finish exports first when that has not happened yet.

namespace tw::ui {

class ExportPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ExportPage(TunnelwrightWizard *wizard);

    // Writes the render into dir; the paths written, or why not.
    Result<QStringList> exportTo(const QString &dir);
    bool validatePage() override;
    // The setup sheets of the server being edited, as previewed and printed (none for a link).
    QList<UserSheet> setupSheets() const;

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override {}
    bool blocksOnEveryError() const override { return true; }

private:
    QString defaultFolder() const;
    void fillFiles();
    void setResult(const QString &text, bool error);

    std::optional<RenderOutput> m_output;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_files = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_previewSheets = nullptr;
    QPushButton *m_printSheets = nullptr;
    QString m_exportedTo;
};

} // namespace tw::ui
