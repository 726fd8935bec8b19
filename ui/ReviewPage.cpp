#include "ReviewPage.h"

#include "FindingLocator.h"
#include "MatchedParameters.h"
#include "PreviewPane.h"
#include "TunnelwrightWizard.h"

#include "render/ProjectRenderer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QIcon iconOf(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// The files of the object being edited: a's main file left and b's right for a link, the server's
// script left and its troubleshooting sheet right for a server.
std::pair<int, int> defaultFiles(const QList<RenderedFile> &files, Flow flow, int index)
{
    const QString object = QStringLiteral("%1[%2]").arg(flow == Flow::Server ? QStringLiteral("l2tp_servers") : QStringLiteral("links")).arg(index);
    int left = -1, right = -1;
    for (int i = 0; i < files.size(); ++i) {
        const RenderedFile &f = files[i];
        if (f.object != object)
            continue;
        const bool main = f.kind == FileKind::RouterOsScript || f.kind == FileKind::CiscoIosConfig;
        if (flow == Flow::Link && main && f.site == Side::A && left < 0)
            left = i;
        else if (flow == Flow::Link && main && f.site == Side::B && right < 0)
            right = i;
        else if (flow == Flow::Server && main && left < 0)
            left = i;
        else if (flow == Flow::Server && f.kind == FileKind::Troubleshooting && right < 0)
            right = i;
    }
    return {std::max(left, 0), std::max(right, std::min(1, int(files.size()) - 1))};
}

} // namespace

ReviewPage::ReviewPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Review, QStringLiteral("reviewStatus"))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("What check says, the files both routers get, and the values they must agree on."));
}

void ReviewPage::build(QVBoxLayout *layout)
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);

    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *findingsLabel = new QLabel(tr("F&indings (Enter or double-click goes to the field):"), top);
    m_summary = new QLabel(top);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_findings = new QListWidget(top);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setResizeMode(QListView::Adjust);
    const int icon = m_findings->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_findings);
    m_findings->setIconSize(QSize(icon, icon));
    m_findings->setMinimumHeight(m_findings->fontMetrics().height() * 4);
    findingsLabel->setBuddy(m_findings);
    m_goTo = new QPushButton(tr("&Go to field"), top);
    m_goTo->setObjectName(QStringLiteral("goToFindingButton"));
    m_goTo->setAutoDefault(false);
    auto *header = new QHBoxLayout;
    header->addWidget(findingsLabel, 1);
    header->addWidget(m_summary);
    header->addWidget(m_goTo);
    topLayout->addLayout(header);
    topLayout->addWidget(m_findings, 1);

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    auto *previewSplit = new QSplitter(Qt::Horizontal);
    previewSplit->setObjectName(QStringLiteral("previewSplitter"));
    m_left = new PreviewPane(QStringLiteral("previewLeft"), tr("Left preview"), previewSplit);
    m_right = new PreviewPane(QStringLiteral("previewRight"), tr("Right preview"), previewSplit);
    previewSplit->addWidget(m_left);
    previewSplit->addWidget(m_right);
    m_tabs->addTab(previewSplit, tr("&Preview"));
    auto *matchedPage = new QWidget;
    auto *matchedLayout = new QVBoxLayout(matchedPage);
    m_matchedTitle = new QLabel(matchedPage);
    m_matchedTitle->setWordWrap(true);
    m_matched = new QTableWidget(matchedPage);
    m_matched->setObjectName(QStringLiteral("matchedTable"));
    m_matched->setAccessibleName(tr("Matched parameters"));
    m_matched->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matched->verticalHeader()->setVisible(false);
    m_matched->setWordWrap(false);
    m_matched->setTabKeyNavigation(false);
    matchedLayout->addWidget(m_matchedTitle);
    matchedLayout->addWidget(m_matched, 1);
    m_tabs->addTab(matchedPage, tr("&Matched parameters"));

    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_findings, &QListWidget::itemActivated, this, &ReviewPage::activate);
    connect(m_goTo, &QPushButton::clicked, this, &ReviewPage::activate);
    connect(m_findings, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_findings->item(row);
        m_goTo->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
}

void ReviewPage::load()
{
    revealMessages();
    fillPreview();
    fillMatched();
}

void ReviewPage::findingsShown() { fillFindings(); }

void ReviewPage::fillFindings()
{
    const QList<Finding> &findings = wiz()->findings();
    const QString current = m_findings->currentItem() ? m_findings->currentItem()->data(Qt::UserRole).toString() : QString();
    m_findings->clear();
    int counts[3] = {0, 0, 0};
    // Errors first, then warnings, then notes; in check's order within each.
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        for (const Finding &f : findings) {
            if (f.severity != s)
                continue;
            ++counts[int(s)];
            auto *item = new QListWidgetItem(iconOf(s), FindingLocator::caption(f.path, wiz()->project()) +
                                                            QStringLiteral(": ") + f.message,
                                             m_findings);
            item->setData(Qt::UserRole, f.path);
            item->setToolTip(severityToken(s) + QLatin1Char(' ') + f.path);
            item->setData(Qt::AccessibleTextRole, severityToken(s) + QStringLiteral(": ") + item->text());
            if (f.path == current)
                m_findings->setCurrentItem(item);
        }
    if (findings.isEmpty())
        new QListWidgetItem(tr("Check found nothing to report."), m_findings);
    m_summary->setText(QStringLiteral("%1, %2, %3")
                           .arg(plural(counts[0], "error", "errors"), plural(counts[1], "warning", "warnings"),
                                plural(counts[2], "note", "notes")));
    if (!m_findings->currentItem())
        m_findings->setCurrentRow(0);
}

void ReviewPage::fillPreview()
{
    const RenderResult result = renderProject(wiz()->project(), wiz()->renderOptions());
    if (!result.output) {
        m_left->setPlaceholder(tr("The files appear here once the errors above are fixed."));
        m_right->setPlaceholder(QString());
        return;
    }
    const QList<RenderedFile> &files = result.output->files;
    const auto [left, right] = defaultFiles(files, wiz()->flow(), wiz()->objectIndex());
    m_left->setFiles(files, left);
    m_right->setFiles(files, right);
}

void ReviewPage::fillMatched()
{
    QStringList headers;
    QList<MatchedRow> rows;
    if (wiz()->flow() == Flow::Link) {
        headers = MatchedParameters::headers(wiz()->link());
        rows = MatchedParameters::rows(wiz()->link());
        m_matchedTitle->setText(tr("What both routers of link %1 are set to. Compare them with each router's "
                                               "IPsec status after import; the key is shown as a fingerprint.")
                                    .arg(wiz()->link().name));
    } else if (wiz()->flow() == Flow::Server) {
        headers = MatchedParameters::headers(wiz()->server());
        rows = MatchedParameters::rows(wiz()->server());
        m_matchedTitle->setText(tr("What the server %1 and its clients use; the key is shown as a fingerprint.")
                                    .arg(wiz()->server().name));
    }
    m_matched->clear();
    m_matched->setColumnCount(int(headers.size()));
    m_matched->setHorizontalHeaderLabels(headers);
    m_matched->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const MatchedRow &row = rows[r];
        int c = 0;
        for (const QString &text : {row.parameter, row.left, row.right, row.agreement})
            m_matched->setItem(r, c++, new QTableWidgetItem(text));
    }
    m_matched->resizeColumnsToContents();
    m_matched->horizontalHeader()->setStretchLastSection(true);
}

void ReviewPage::activate()
{
    const QListWidgetItem *item = m_findings->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (!path.isEmpty())
        wiz()->showFinding(path);
}

} // namespace tw::ui
