#include "StartPage.h"

#include "RecentProjects.h"
#include "TunnelwrightWizard.h"
#include "UiLanguage.h"

#include "i18n/Translations.h"

#include <QComboBox>
#include <QGridLayout>
#include <QPushButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tw::ui {

StartPage::StartPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Start, QStringLiteral("startStatus"))
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(QStringLiteral("Tunnelwright"));
    setSubTitle(tr("Matched IPsec configurations for both ends of a tunnel: MikroTik RouterOS and Cisco IOS."));
}

void StartPage::build(QVBoxLayout *layout)
{
    // Plain buttons with a line of explanation each (command-link buttons load icons and lay out
    // their text twice: a tenth of the start-up time).
    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    choices->setHorizontalSpacing(12);
    auto choice = [&](const QString &text, const QString &name, const QString &explanation) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleDescription(explanation);
        auto *label = new QLabel(explanation, this); // one short line: no word wrap to lay out
        const int row = choices->rowCount();
        choices->addWidget(button, row, 0);
        choices->addWidget(label, row, 1);
        return button;
    };
    QPushButton *newLink = choice(tr("New &site-to-site link"), QStringLiteral("newLinkButton"),
                                  tr("Two routers, one tunnel: MikroTik and Cisco in any pairing."));
    QPushButton *newServer = choice(tr("New L2TP/IPsec se&rver"), QStringLiteral("newServerButton"),
                                    tr("iPhone and Windows users dial in to a MikroTik router."));
    QPushButton *open = choice(tr("&Open a project…"), QStringLiteral("openButton"),
                               tr("A .twproj file saved earlier (Ctrl+O)."));
    layout->addLayout(choices);

    m_openError = new QLabel(this);
    m_openError->setObjectName(QStringLiteral("openError"));
    m_openError->setWordWrap(true);
    m_openError->setTextFormat(Qt::PlainText);
    m_openError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_openError->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_openError->setPalette(p);
    layout->addWidget(m_openError);

    m_loaded = new QLabel(this);
    m_loaded->setObjectName(QStringLiteral("loadedProject"));
    m_loaded->setWordWrap(true);
    m_loaded->setTextFormat(Qt::PlainText);
    layout->addWidget(m_loaded);

    // The choice of link/server and the recent list are built when there is something to show.
    m_objectSlot = new QVBoxLayout;
    m_recentSlot = new QVBoxLayout;
    layout->addLayout(m_objectSlot);
    layout->addLayout(m_recentSlot, 1);
    layout->addStretch(0);
    m_open = open;
    buildLanguageRow(layout);

    connect(newLink, &QPushButton::clicked, this, [this] { wiz()->startNew(Flow::Link); });
    connect(newServer, &QPushButton::clicked, this, [this] { wiz()->startNew(Flow::Server); });
    connect(open, &QPushButton::clicked, wiz(), &TunnelwrightWizard::openWithDialog);
}

void StartPage::buildLanguageRow(QVBoxLayout *layout)
{
    // Applied at start-up only (translators are installed before any widget exists): a new choice
    // takes effect at the next start, which the note says in the current language.
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default (%1)").arg(i18n::nativeName(i18n::systemLanguage())), QString());
    for (const QString &language : i18n::shippedLanguages())
        m_language->addItem(i18n::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(chosenLanguage()));
    label->setBuddy(m_language);
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setVisible(false);
    row->addWidget(label);
    row->addWidget(m_language);
    row->addWidget(m_languageNote);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_language, &QComboBox::activated, this, [this](int i) {
        setChosenLanguage(m_language->itemData(i).toString());
        const bool changes = uiLanguage() != m_startLanguage;
        m_languageNote->setText(changes ? tr("Takes effect the next time Tunnelwright starts.") : QString());
        m_languageNote->setVisible(changes);
    });
}

void StartPage::buildObjectRow()
{
    m_objectRow = new QWidget(this);
    auto *objectLayout = new QHBoxLayout(m_objectRow);
    objectLayout->setContentsMargins(0, 0, 0, 0);
    auto *objectLabel = new QLabel(tr("E&dit:"), m_objectRow);
    m_object = new QComboBox(m_objectRow);
    m_object->setObjectName(QStringLiteral("objectCombo"));
    m_object->setAccessibleName(tr("Which link or server to edit"));
    objectLabel->setBuddy(m_object);
    objectLayout->addWidget(objectLabel);
    objectLayout->addWidget(m_object, 1);
    m_objectSlot->addWidget(m_objectRow);
    setTabOrder(m_open, m_object);
    connect(m_object, &QComboBox::activated, this, [this](int i) {
        const QPoint choice = m_object->itemData(i).toPoint(); // x: flow, y: index
        wiz()->editObject(Flow(choice.x()), choice.y());
    });
}

void StartPage::buildRecentList()
{
    m_recentLabel = new QLabel(tr("Re&cent projects (Enter or double-click opens):"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMinimumHeight(m_recent->fontMetrics().height() * 4);
    m_recentLabel->setBuddy(m_recent);
    m_recentSlot->addWidget(m_recentLabel);
    m_recentSlot->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { wiz()->openAndEnter(item->data(Qt::UserRole).toString()); });
}

void StartPage::load()
{
    const QStringList recent = RecentProjects::list();
    if (!recent.isEmpty() && !m_recent)
        buildRecentList();
    if (m_recent)
        m_recent->clear();
    const QString home = QDir::homePath();
    for (const QString &path : recent) {
        QString shown = path;
        if (shown.startsWith(home + QLatin1Char('/')))
            shown = QStringLiteral("~") + shown.mid(home.size());
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), shown), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent) {
        m_recentLabel->setVisible(m_recent->count() > 0);
        m_recent->setVisible(m_recent->count() > 0);
    }

    const QString error = wiz()->lastOpenError();
    m_openError->setText(error.isEmpty() ? QString() : tr("The project could not be opened:\n") + error);
    m_openError->setVisible(!error.isEmpty());

    const Project &p = wiz()->project();
    const qsizetype objects = p.links.size() + p.l2tpServers.size();
    const bool opened = !wiz()->projectFilePath().isEmpty() && error.isEmpty();
    // One message per number form: English stays exactly as it was without a translator.
    const QString links = p.links.size() == 1 ? tr("1 link") : tr("%1 links").arg(p.links.size());
    const QString servers =
        p.l2tpServers.size() == 1 ? tr("1 L2TP server") : tr("%1 L2TP servers").arg(p.l2tpServers.size());
    m_loaded->setText(opened ? tr("Open: %1 (%2, %3). Next continues with it.")
                                   .arg(QDir::toNativeSeparators(wiz()->projectFilePath()), links, servers)
                             : QString());
    m_loaded->setVisible(opened);
    if (objects > 1 && !m_objectRow)
        buildObjectRow();
    if (!m_objectRow)
        return;
    m_object->clear();
    for (int i = 0; i < p.links.size(); ++i)
        m_object->addItem(tr("Link %1: %2").arg(i + 1).arg(p.links[i].name), QPoint(int(Flow::Link), i));
    for (int i = 0; i < p.l2tpServers.size(); ++i)
        m_object->addItem(tr("L2TP server %1: %2").arg(i + 1).arg(p.l2tpServers[i].name), QPoint(int(Flow::Server), i));
    m_object->setCurrentIndex(m_object->findData(QPoint(int(wiz()->flow()), wiz()->objectIndex())));
    m_objectRow->setVisible(objects > 1);
}

QString StartPage::notReadyReason() const
{
    return wiz()->flow() == Flow::None ? tr("Choose what to make, or open a project.") : QString();
}

} // namespace tw::ui
