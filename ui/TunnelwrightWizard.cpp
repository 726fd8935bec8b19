#include "TunnelwrightWizard.h"

#include "AddressSuggester.h"
#include "BusyWork.h"
#include "ExportPage.h"
#include "FindingLocator.h"
#include "NetworksPage.h"
#include "OptionsPage.h"
#include "PassphraseDialog.h"
#include "RecentProjects.h"
#include "ReviewPage.h"
#include "SecurityPage.h"
#include "SecurityPresets.h"
#include "ServerPage.h"
#include "SitesPage.h"
#include "StartPage.h"
#include "UiLanguage.h"
#include "UsersPage.h"

#include "io/ProjectFile.h"
#include "secrets/SecretGenerator.h"
#include "validate/ProjectValidator.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>

#include <algorithm>

namespace tw::ui {
namespace {

constexpr int kDebounceMs = 150;

SiteToSiteLink newLink()
{
    SiteToSiteLink l;
    l.a.platform = Platform::RouterOs7;
    l.a.lanSubnets = {QString()};
    l.b.platform = Platform::CiscoIos;
    l.b.lanSubnets = {QString()};
    l.psk = generateSecret(kDefaultKeyLength);
    SecurityPresets::apply(SecurityPreset::Recommended, l);
    return l;
}

L2tpServer newServer(const Project &p)
{
    L2tpServer s;
    s.platform = Platform::RouterOs7;
    s.psk = generateSecret(kDefaultKeyLength);
    if (const auto a = AddressSuggester::suggest(p, int(p.l2tpServers.size()), AddressSuggester::kDefaultPoolSize)) {
        s.localAddress = a->localAddress;
        s.pool = a->pool;
    }
    return s;
}

} // namespace

TunnelwrightWizard::TunnelwrightWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("tunnelwrightWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 | QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("Save"));
    setButtonText(QWizard::CustomButton2, tr("Save As…"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Save the project (Ctrl+S)"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveAsButton"));
    button(QWizard::CustomButton2)->setToolTip(tr("Save the project under a new name (Ctrl+Shift+S)"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});

    setPage(int(PageId::Start), new StartPage(this));
    setPage(int(PageId::Sites), new SitesPage(this));
    setPage(int(PageId::Networks), new NetworksPage(this));
    setPage(int(PageId::Security), new SecurityPage(this));
    setPage(int(PageId::Options), new OptionsPage(this));
    setPage(int(PageId::Server), new ServerPage(this));
    setPage(int(PageId::Users), new UsersPage(this));
    setPage(int(PageId::Review), new ReviewPage(this));
    setPage(int(PageId::Export), new ExportPage(this));
    setStartId(int(PageId::Start));

    m_renderOptions.paperSize = systemPaperSize();
    m_renderOptions.sheetLanguage = i18n::Catalog::load(uiLanguage());
    m_validation.setSingleShot(true);
    m_validation.setInterval(kDebounceMs);
    connect(&m_validation, &QTimer::timeout, this, &TunnelwrightWizard::validateNow);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            save();
        else if (which == QWizard::CustomButton2)
            saveAs();
    });
    connect(this, &QWizard::currentIdChanged, this, &TunnelwrightWizard::updateButtons);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &TunnelwrightWizard::save);
    connect(new QShortcut(QKeySequence::SaveAs, this), &QShortcut::activated, this, &TunnelwrightWizard::saveAs);
    connect(new QShortcut(QKeySequence::Open, this), &QShortcut::activated, this, &TunnelwrightWizard::openWithDialog);

    // A size that fits a 1024x600 netbook and uses a large screen sensibly; pages scroll when smaller.
    setMinimumSize(600, 440);
    QSize size(920, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
    updateTitle();
    updateButtons();
}

TunnelwrightWizard::~TunnelwrightWizard() = default;

WizardPage *TunnelwrightWizard::pageFor(PageId id) const { return static_cast<WizardPage *>(page(int(id))); }

int TunnelwrightWizard::nextId() const
{
    switch (PageId(currentId())) {
    case PageId::Start:
        return int(m_flow == Flow::Server ? PageId::Server : PageId::Sites);
    case PageId::Sites:
        return int(PageId::Networks);
    case PageId::Networks:
        return int(PageId::Security);
    case PageId::Security:
        return int(PageId::Options);
    case PageId::Options:
    case PageId::Users:
        return int(PageId::Review);
    case PageId::Server:
        return int(PageId::Users);
    case PageId::Review:
        return int(PageId::Export);
    case PageId::Export:
        return -1;
    }
    return -1;
}

void TunnelwrightWizard::modelEdited()
{
    m_validation.start();
    updateTitle();
}

void TunnelwrightWizard::validateNow()
{
    m_validation.stop();
    m_findings = checkProject(m_project);
    emit findingsChanged();
}

bool TunnelwrightWizard::hasErrors() const
{
    return std::any_of(m_findings.begin(), m_findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

void TunnelwrightWizard::replaceProject(const Project &project, const QString &path)
{
    m_project = project;
    m_saved = project;
    m_path = path;
    m_passphrase.reset();
    m_flow = !project.links.isEmpty() ? Flow::Link : !project.l2tpServers.isEmpty() ? Flow::Server : Flow::None;
    m_index = 0;
    for (PageId id : {PageId::Start, PageId::Sites, PageId::Networks, PageId::Security, PageId::Options, PageId::Server,
                      PageId::Users, PageId::Review, PageId::Export}) {
        pageFor(id)->forgetEdits();
        if (!path.isEmpty())
            pageFor(id)->revealMessages(); // an opened project: show what check says about it everywhere
    }
    emit projectReplaced();
    validateNow();
    updateTitle();
    updateButtons();
}

bool TunnelwrightWizard::startNew(Flow flow)
{
    if (flow == Flow::None || !maybeSave())
        return false;
    Project p;
    if (flow == Flow::Link)
        p.links << newLink();
    else
        p.l2tpServers << newServer(p);
    replaceProject(p, QString());
    if (currentId() != int(PageId::Start))
        restart();
    next();
    return true;
}

Result<bool> TunnelwrightWizard::openProjectFile(const QString &path)
{
    bool encrypted = false;
    auto loaded = loadProjectFile(path, [&]() -> std::optional<QString> {
        encrypted = true;
        return std::nullopt;
    });
    std::optional<QString> passphrase;
    QString problem;
    while (!loaded && encrypted) { // ask until it opens, the file turns out damaged, or the user gives up
        passphrase = PassphraseDialog::askToOpen(this, QFileInfo(path).fileName(), problem);
        if (!passphrase)
            break; // loaded says the project needs its passphrase
        DecryptFailure why = DecryptFailure::None;
        loaded = runBusy(this, [&] { return loadProjectFile(path, [&] { return passphrase; }, &why); });
        if (why != DecryptFailure::WrongPassphrase)
            break;
        problem = tr("That passphrase does not open this file (or the file was changed after it was "
                                 "saved). Passphrases are case-sensitive; try again.");
    }
    if (!loaded) {
        m_openError = loaded.error();
        return Result<bool>::failure(loaded.error());
    }
    m_openError.clear();
    replaceProject(*loaded, QFileInfo(path).absoluteFilePath());
    m_passphrase = passphrase;
    updateTitle();
    RecentProjects::add(path);
    return true;
}

bool TunnelwrightWizard::openAndEnter(const QString &path)
{
    if (!maybeSave())
        return false;
    const auto opened = openProjectFile(path);
    if (currentId() != int(PageId::Start))
        restart();
    else
        pageFor(PageId::Start)->initializePage();
    if (!opened)
        return false;
    if (m_flow == Flow::None) { // a project without link and server: give it a link to edit
        m_project.links << newLink();
        m_flow = Flow::Link;
        validateNow();
        updateTitle();
        updateButtons();
    }
    if (m_project.links.size() + m_project.l2tpServers.size() == 1)
        next();
    return true;
}

void TunnelwrightWizard::openWithDialog()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Tunnelwright project"), dir,
                                                      tr("Tunnelwright projects (*.twproj);;All files (*)"));
    if (!path.isEmpty())
        openAndEnter(path);
}

void TunnelwrightWizard::editObject(Flow flow, int index)
{
    const int count = flow == Flow::Link ? int(m_project.links.size()) : int(m_project.l2tpServers.size());
    if (flow == Flow::None || index < 0 || index >= count)
        return;
    m_flow = flow;
    m_index = index;
    emit objectChanged();
    emit findingsChanged();
}

Result<bool> TunnelwrightWizard::writeProject(const QString &path, const std::optional<QString> &passphrase)
{
    const auto saved = passphrase ? runBusy(this, [&] { return saveEncryptedProjectFile(path, m_project, *passphrase); })
                                  : saveProjectFile(path, m_project);
    if (!saved)
        return saved;
    m_path = QFileInfo(path).absoluteFilePath();
    m_passphrase = passphrase;
    m_saved = m_project;
    RecentProjects::add(m_path);
    updateTitle();
    return true;
}

Result<bool> TunnelwrightWizard::saveProjectTo(const QString &path) { return writeProject(path, m_passphrase); }

bool TunnelwrightWizard::save()
{
    if (m_flow == Flow::None)
        return false;
    if (m_path.isEmpty())
        return saveAs();
    const auto saved = saveProjectTo(m_path);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), saved.error());
    return bool(saved);
}

bool TunnelwrightWizard::saveAs()
{
    if (m_flow == Flow::None)
        return false;
    const QString suggested = m_path.isEmpty()
                                  ? QDir::home().filePath((m_project.name.isEmpty() ? QStringLiteral("project") : m_project.name) +
                                                          QStringLiteral(".twproj"))
                                  : m_path;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the project"), suggested,
                                                tr("Tunnelwright projects (*.twproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".twproj");
    return saveAsTo(path);
}

bool TunnelwrightWizard::saveAsTo(const QString &path)
{
    const PassphraseDialog::SaveChoice choice = PassphraseDialog::askToSave(this, QFileInfo(path).fileName(), m_passphrase);
    if (choice.cancelled)
        return false;
    const auto saved = writeProject(path, choice.passphrase);
    if (!saved)
        QMessageBox::warning(this, tr("Not saved"), saved.error());
    return bool(saved);
}

bool TunnelwrightWizard::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The project has changes that are not saved. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void TunnelwrightWizard::done(int result)
{
    if (!maybeSave())
        return;
    QWizard::done(result);
}

void TunnelwrightWizard::showFinding(const QString &path)
{
    const FindingLocation loc = FindingLocator::locate(path, m_flow);
    if (loc.page == PageId::Review)
        return; // nothing to edit for it
    const bool otherObject = loc.flow != Flow::None && (loc.flow != m_flow || loc.index != m_index);
    if (otherObject) {
        editObject(loc.flow, loc.index);
        restart();
    }
    showPage(loc.page);
    if (currentId() == int(loc.page))
        pageFor(loc.page)->focusFinding(loc);
}

void TunnelwrightWizard::showPage(PageId target)
{
    if (visitedIds().contains(int(target))) {
        while (currentId() != int(target) && currentId() != startId())
            back();
        return;
    }
    m_navigating = true; // pages let the walk pass even with errors: it leads to one of them
    for (int guard = 0; guard < 12 && currentId() != int(target); ++guard) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_navigating = false;
}

void TunnelwrightWizard::updateTitle()
{
    const QString name = m_path.isEmpty() ? (m_flow == Flow::None ? QString() : tr("new project"))
                                          : QFileInfo(m_path).fileName();
    const QString lock = isEncrypted() ? tr(" (encrypted)") : QString();
    setWindowTitle(name.isEmpty() ? QStringLiteral("Tunnelwright") : tr("%1[*]%2 — Tunnelwright").arg(name, lock));
    setWindowModified(isModified());
}

void TunnelwrightWizard::updateButtons()
{
    const bool haveProject = m_flow != Flow::None;
    button(QWizard::CustomButton1)->setEnabled(haveProject);
    button(QWizard::CustomButton2)->setEnabled(haveProject);
}

} // namespace tw::ui
