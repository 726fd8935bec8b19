#include "UsersPage.h"

#include "PasswordDelegate.h"
#include "TunnelwrightWizard.h"

#include "i18n/Translations.h"
#include "io/OutputWriter.h"
#include "io/ProjectFile.h"
#include "io/UsersCsv.h"
#include "model/Vocabulary.h"
#include "secrets/SecretGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

constexpr qint64 kMaxCsvBytes = 4 * 1024 * 1024;

QColor tint(Severity s)
{
    return s == Severity::Error ? QColor(0xfd, 0xe0, 0xdc) : s == Severity::Warning ? QColor(0xff, 0xf4, 0xce) : QColor();
}

} // namespace

UsersPage::UsersPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Users, QStringLiteral("usersStatus"))
{
    setObjectName(QStringLiteral("usersPage"));
    setTitle(tr("Users and clients"));
    setSubTitle(tr("Who may dial in, and which client set-up files to make."));
}

void UsersPage::build(QVBoxLayout *layout)
{
    auto *usersLabel = new QLabel(tr("&Users (double-click or F2 edits a cell):"), this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Password")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    m_delegate = new PasswordDelegate(m_table);
    m_table->setItemDelegateForColumn(1, m_delegate);
    usersLabel->setBuddy(m_table);
    m_tableMessage = addListField(m_table, QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));

    auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    QPushButton *add = button(tr("&Add user"), QStringLiteral("addUserButton"));
    QPushButton *remove = button(tr("&Remove"), QStringLiteral("removeUserButton"));
    QPushButton *generate = button(tr("&Generate password"), QStringLiteral("generatePasswordButton"));
    generate->setToolTip(tr("A new random password (%1 letters and digits) for each selected user").arg(kDefaultPasswordLength));
    m_showPasswords = new QCheckBox(tr("Show pass&words"), this);
    m_showPasswords->setObjectName(QStringLiteral("showPasswords"));
    QPushButton *importButton = button(tr("&Import CSV…"), QStringLiteral("importCsvButton"));
    importButton->setToolTip(tr("Rows name,password (a header row is optional)"));
    QPushButton *exportButton = button(tr("E&xport CSV…"), QStringLiteral("exportCsvButton"));
    exportButton->setToolTip(tr("The users and their passwords, written readable by you only"));

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{add, remove, generate, m_showPasswords})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);

    m_csvStatus = new QLabel(this);
    m_csvStatus->setObjectName(QStringLiteral("csvStatus"));
    m_csvStatus->setWordWrap(true);
    m_csvStatus->setTextFormat(Qt::PlainText);
    m_csvStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_csvStatus->setVisible(false);

    layout->addWidget(usersLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_tableMessage);
    layout->addLayout(buttons);
    layout->addWidget(m_csvStatus);

    auto *clients = new QGroupBox(tr("Client set-up material"), this);
    auto *clientsLayout = new QVBoxLayout(clients);
    m_iphone = new QCheckBox(label(ClientPlatform::IPhone).replace(QStringLiteral("iPhone"), tr("i&Phone")), clients);
    m_iphone->setObjectName(QStringLiteral("clientIphone"));
    m_windows = new QCheckBox(label(ClientPlatform::Windows).replace(QStringLiteral("Windows"), tr("Win&dows")), clients);
    m_windows->setObjectName(QStringLiteral("clientWindows"));
    auto *clientsBox = new QWidget(clients);
    auto *clientsRow = new QHBoxLayout(clientsBox);
    clientsRow->setContentsMargins(0, 0, 0, 0);
    clientsRow->addWidget(m_iphone);
    clientsRow->addWidget(m_windows);
    clientsRow->addStretch(1);
    clientsLayout->addWidget(fieldWithMessage(clientsBox, QStringLiteral("clients"), tr("Client material")));
    proxyFocus(clientsBox, m_iphone);
    m_iphone->setAccessibleName(tr("Make iPhone and iPad material"));
    m_windows->setAccessibleName(tr("Make Windows material"));

    // Render options: how the sheets are made, not part of the project (RenderOptions).
    m_passwordsOnSheets = new QCheckBox(tr("Passwords on the &sheets and in the Apple profiles"), clients);
    m_passwordsOnSheets->setObjectName(QStringLiteral("passwordsOnSheets"));
    m_passwordsOnSheets->setToolTip(tr("Off: the sheets say the password comes separately, and the iPhone "
                                       "asks for it when connecting"));
    auto *paperLabel = new QLabel(tr("Paper si&ze:"), clients);
    m_paper = new QComboBox(clients);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->setAccessibleName(tr("Paper of the setup sheets"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    paperLabel->setBuddy(m_paper);
    // The sheets may be in another language than the wizard: the user reading them may not share it.
    auto *languageLabel = new QLabel(tr("&Language:"), clients);
    m_sheetLanguage = new QComboBox(clients);
    m_sheetLanguage->setObjectName(QStringLiteral("sheetLanguage"));
    m_sheetLanguage->setAccessibleName(tr("Language of the setup sheets"));
    m_sheetLanguage->setToolTip(tr("Screens and fields are named as the device shows them in that language"));
    for (const QString &language : i18n::shippedLanguages())
        m_sheetLanguage->addItem(i18n::nativeName(language), language);
    languageLabel->setBuddy(m_sheetLanguage);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_passwordsOnSheets);
    optionsRow->addStretch(1);
    optionsRow->addWidget(paperLabel);
    optionsRow->addWidget(m_paper);
    optionsRow->addWidget(languageLabel);
    optionsRow->addWidget(m_sheetLanguage);
    clientsLayout->addLayout(optionsRow);
    layout->addWidget(clients);
    auto storeOptions = [this] {
        RenderOptions o = wiz()->renderOptions();
        o.passwordsOnSheets = m_passwordsOnSheets->isChecked();
        o.paperSize = PaperSize(m_paper->currentData().toInt());
        if (const QString language = m_sheetLanguage->currentData().toString(); language != o.sheetLanguage.language())
            o.sheetLanguage = i18n::Catalog::load(language);
        wiz()->setRenderOptions(o);
    };
    connect(m_passwordsOnSheets, &QCheckBox::toggled, this, storeOptions);
    connect(m_paper, &QComboBox::currentIndexChanged, this, storeOptions);
    connect(m_sheetLanguage, &QComboBox::currentIndexChanged, this, storeOptions);

    connect(m_table, &QTableWidget::itemChanged, this, [this] { edited(QStringLiteral("usersTable")); });
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(remove, &QPushButton::clicked, this, &UsersPage::removeSelected);
    connect(generate, &QPushButton::clicked, this, &UsersPage::generateForSelected);
    connect(m_showPasswords, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->setMasked(!on);
        m_table->viewport()->update();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import users"), QDir::homePath(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export users"),
                                                          QDir::home().filePath(QStringLiteral("users.csv")),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    for (QCheckBox *c : {m_iphone, m_windows})
        connect(c, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("clients")); });
}

void UsersPage::load()
{
    const L2tpServer &s = wiz()->server();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(s.users.size()));
    for (int i = 0; i < s.users.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(s.users[i].name));
        m_table->setItem(i, 1, new QTableWidgetItem(s.users[i].password));
    }
    m_iphone->setChecked(s.clients.contains(ClientPlatform::IPhone));
    m_windows->setChecked(s.clients.contains(ClientPlatform::Windows));
    const RenderOptions options = wiz()->renderOptions(); // the signals below write it back
    m_passwordsOnSheets->setChecked(options.passwordsOnSheets);
    m_paper->setCurrentIndex(m_paper->findData(int(options.paperSize)));
    m_sheetLanguage->setCurrentIndex(m_sheetLanguage->findData(options.sheetLanguage.language()));
}

void UsersPage::store()
{
    L2tpServer &s = wiz()->server();
    QList<User> users;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, 0), *password = m_table->item(r, 1);
        users << User{name ? name->text() : QString(), password ? password->text() : QString()};
    }
    s.users = users;
    QList<ClientPlatform> clients;
    for (ClientPlatform c : s.clients) // keep the project's order
        if ((c == ClientPlatform::IPhone ? m_iphone : m_windows)->isChecked() && !clients.contains(c))
            clients << c;
    for (auto [box, c] : {std::pair{m_iphone, ClientPlatform::IPhone}, std::pair{m_windows, ClientPlatform::Windows}})
        if (box->isChecked() && !clients.contains(c))
            clients << c;
    s.clients = clients;
}

QList<int> UsersPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void UsersPage::addUser()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker block(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString()));
        m_table->setItem(row, 1, new QTableWidgetItem(generateSecret(kDefaultPasswordLength)));
    }
    edited(QStringLiteral("usersTable"));
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
}

void UsersPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    {
        const QSignalBlocker block(m_table);
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            m_table->removeRow(*it);
    }
    edited(QStringLiteral("usersTable"));
}

void UsersPage::generateForSelected()
{
    const QList<int> rows = selectedRows();
    {
        const QSignalBlocker block(m_table);
        for (int r : rows)
            m_table->setItem(r, 1, new QTableWidgetItem(generateSecret(kDefaultPasswordLength)));
    }
    if (!rows.isEmpty())
        edited(QStringLiteral("usersTable"));
}

void UsersPage::setCsvStatus(const QString &text, bool error)
{
    QPalette p = m_csvStatus->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
    m_csvStatus->setPalette(p);
    m_csvStatus->setText(text);
    m_csvStatus->setVisible(!text.isEmpty());
}

Result<QString> UsersPage::importCsv(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxCsvBytes) {
        const QString m = tr("%1 is larger than 4 MiB; that is not a user list").arg(QDir::toNativeSeparators(path));
        setCsvStatus(m, true);
        return Result<QString>::failure(m);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const QString m = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        setCsvStatus(m, true);
        return Result<QString>::failure(m);
    }
    const CsvImport imported = parseUsersCsv(file.readAll());
    store();
    QList<User> users = wiz()->server().users;
    int added = 0, replaced = 0;
    for (const User &u : imported.users) {
        const auto same = std::find_if(users.begin(), users.end(),
                                       [&](const User &e) { return e.name.compare(u.name, Qt::CaseInsensitive) == 0; });
        if (same != users.end()) {
            *same = u;
            ++replaced;
        } else {
            users << u;
            ++added;
        }
    }
    wiz()->server().users = users;
    loadFromModel();
    edited(QStringLiteral("usersTable"));
    QString summary = tr("Imported from %1: %2 added, %3 updated.")
                          .arg(QFileInfo(path).fileName())
                          .arg(added)
                          .arg(replaced);
    if (!imported.rowErrors.isEmpty())
        summary += tr(" %1 skipped:\n").arg(imported.rowErrors.size()) + imported.rowErrors.join(QLatin1Char('\n'));
    setCsvStatus(summary, !imported.rowErrors.isEmpty());
    return summary;
}

Result<QString> UsersPage::exportCsv(const QString &path)
{
    store();
    const auto written = writeFileAtomically(path, writeUsersCsv(wiz()->server().users), true);
    if (!written) {
        setCsvStatus(written.error(), true);
        return Result<QString>::failure(written.error());
    }
    const QString summary = tr("Exported %1 users to %2 (readable by you only: it holds passwords).")
                                .arg(wiz()->server().users.size())
                                .arg(QDir::toNativeSeparators(path));
    setCsvStatus(summary, false);
    return summary;
}

void UsersPage::showFieldMessages(const QString &field, const QList<FieldMessage> &messages)
{
    if (field != QLatin1String("usersTable"))
        return WizardPage::showFieldMessages(field, messages);
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < 2; ++c)
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
    const QList<User> &users = wiz()->server().users;
    QList<FieldMessage> lines;
    for (const FieldMessage &m : messages) {
        if (m.row < 0 || m.row >= m_table->rowCount()) {
            lines << m;
            continue;
        }
        const QString who = users.value(m.row).name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(users.value(m.row).name);
        FieldMessage line = m;
        line.text = tr("user %1%2, %3 %4").arg(m.row + 1).arg(who, m.column == 1 ? tr("password") : tr("name"), m.text);
        lines << line;
        if (QTableWidgetItem *item = m_table->item(m.row, std::max(0, m.column))) {
            const QColor previous = item->data(Qt::BackgroundRole).value<QColor>();
            if (!previous.isValid() || m.severity == Severity::Error)
                item->setData(Qt::BackgroundRole, tint(m.severity));
            item->setToolTip(messageText(m));
        }
    }
    setMessages(m_tableMessage, lines, m_table);
}

void UsersPage::focusUsersCell(int row, int column) const
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, std::max(0, column));
}

QWidget *UsersPage::widgetFor(const QString &field, int row, int column) const
{
    if (field == QLatin1String("usersTable")) {
        focusUsersCell(row, column);
        return m_table;
    }
    if (field == QLatin1String("clients"))
        return m_iphone;
    return WizardPage::widgetFor(field, row, column);
}

} // namespace tw::ui
