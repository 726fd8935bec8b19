#include "WizardPage.h"

#include "TunnelwrightWizard.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

constexpr int kStatusLines = 4;

QColor colourOf(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xb0, 0x1c, 0x1c);
    case Severity::Warning:
        return QColor(0x8a, 0x50, 0x00);
    case Severity::Info:
        return QColor(0x35, 0x55, 0x75);
    }
    return {};
}

} // namespace

WizardPage::WizardPage(TunnelwrightWizard *wizard, PageId id, const QString &statusName)
    : m_wizard(wizard), m_id(id), m_outer(new QVBoxLayout(this)), m_status(new QLabel(this))
{
    m_outer->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(statusName);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    m_status->setVisible(false);
    connect(wizard, &TunnelwrightWizard::findingsChanged, this, &WizardPage::refresh);
}

void WizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    if (scrollable()) {
        m_scroll = new QScrollArea(this);
        m_scroll->setObjectName(objectName() + QStringLiteral("Scroll"));
        m_scroll->setWidgetResizable(true);
        m_scroll->setFrameShape(QFrame::NoFrame);
        m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // never clipped on a small screen
        m_scroll->setWidget(content);
        m_outer->addWidget(m_scroll, 1);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
        content->setParent(this);
        m_outer->addWidget(content, 1);
    }
    m_loading = true; // signals of inputs being filled while built change nothing
    build(layout);
    m_loading = false;
    // A form label made by QFormLayout::addRow(text, container) has the container as its buddy, and
    // QLabel focuses a buddy only when the buddy itself takes focus: point mnemonics at the input.
    for (QLabel *label : findChildren<QLabel *>())
        if (QWidget *buddy = label->buddy(); buddy && buddy->focusProxy())
            label->setBuddy(buddy->focusProxy());
    m_outer->addWidget(m_status);
}

void WizardPage::initializePage()
{
    ensureBuilt();
    loadFromModel();
    refresh();
}

void WizardPage::cleanupPage() {}

void WizardPage::loadFromModel()
{
    m_loading = true;
    load();
    m_loading = false;
}

bool WizardPage::isComplete() const { return m_complete; }

bool WizardPage::validatePage()
{
    if (m_built)
        store();
    m_wizard->validateNow();
    if (m_wizard->isNavigating())
        return true;
    revealMessages();
    return m_complete;
}

void WizardPage::revealMessages()
{
    if (m_revealed)
        return;
    m_revealed = true;
    refresh();
}

void WizardPage::forgetEdits()
{
    m_touched.clear();
    m_revealed = false;
}

void WizardPage::edited(const QString &field)
{
    if (m_loading)
        return;
    store();
    m_touched.insert(field);
    m_wizard->modelEdited();
}

QLabel *WizardPage::addField(QWidget *input, const QString &field, const QString &accessibleName)
{
    input->setObjectName(input->objectName().isEmpty() ? field : input->objectName());
    input->setAccessibleName(accessibleName);
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Error"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setVisible(false);
    m_fields.insert(field, Field{input, message});
    return message;
}

QWidget *WizardPage::fieldWithMessage(QWidget *input, const QString &field, const QString &accessibleName)
{
    QLabel *message = addField(input, field, accessibleName);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(message);
    proxyFocus(box, input);
    return box;
}

void WizardPage::proxyFocus(QWidget *container, QWidget *input) { container->setFocusProxy(input); }

QLabel *WizardPage::addListField(QWidget *list, const QString &field)
{
    if (list->objectName().isEmpty())
        list->setObjectName(field);
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Error"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setVisible(false);
    m_fields.insert(field, Field{list, message});
    return message;
}

QString WizardPage::messageText(const FieldMessage &m)
{
    switch (m.severity) {
    case Severity::Error:
        return tr("Error: ") + m.text;
    case Severity::Warning:
        return tr("Warning: ") + m.text;
    case Severity::Info:
        return tr("Note: ") + m.text;
    }
    return m.text;
}

void WizardPage::setMessages(QLabel *label, const QList<FieldMessage> &messages, QWidget *describes)
{
    if (!label)
        return;
    QStringList lines;
    Severity worst = Severity::Info;
    for (const FieldMessage &m : messages) {
        lines << messageText(m);
        if (int(m.severity) < int(worst))
            worst = m.severity;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (label->text() != text)
        label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colourOf(worst));
    label->setPalette(p);
    label->setVisible(!text.isEmpty());
    if (describes)
        describes->setAccessibleDescription(text);
}

void WizardPage::showFieldMessages(const QString &field, const QList<FieldMessage> &messages)
{
    const Field f = m_fields.value(field);
    setMessages(f.message, messages, f.input);
}

QWidget *WizardPage::widgetFor(const QString &field, int, int) const { return m_fields.value(field).input; }

void WizardPage::focusFinding(const FindingLocation &location)
{
    revealMessages();
    QWidget *w = widgetFor(location.field, location.row, location.column);
    if (!w)
        return;
    if (m_scroll)
        m_scroll->ensureWidgetVisible(w);
    w->setFocus(Qt::OtherFocusReason);
}

void WizardPage::refresh()
{
    if (!m_built)
        return;
    const Flow flow = m_wizard->flow();
    const int index = m_wizard->objectIndex();
    const Project &project = m_wizard->project();
    QHash<QString, QList<FieldMessage>> perField;
    QStringList blocking, later;
    int warnings = 0;
    for (const Finding &f : m_wizard->findings()) {
        const FindingLocation loc = FindingLocator::locate(f.path, flow);
        const bool mine = loc.sameObject(flow, index);
        if (mine && loc.page == m_id) {
            perField[loc.field] << FieldMessage{f.severity, f.message, loc.row, loc.column};
            if (f.severity == Severity::Warning)
                ++warnings;
        }
        if (f.severity != Severity::Error)
            continue;
        const QString line = FindingLocator::caption(f.path, project) + QStringLiteral(": ") + f.message;
        if (blocksOnEveryError() || (mine && loc.blockingPage == m_id))
            blocking << line;
        else if (mine && loc.page == m_id)
            later << line;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        showFieldMessages(it.key(), showsMessagesOf(it.key()) ? perField.value(it.key()) : QList<FieldMessage>());
    m_blocking = blocking;
    findingsShown();

    auto bullets = [](const QStringList &lines) {
        QStringList out;
        for (int i = 0; i < lines.size() && i < kStatusLines; ++i)
            out << QStringLiteral("• ") + lines[i];
        if (lines.size() > kStatusLines)
            out << tr("• … and %1 more").arg(lines.size() - kStatusLines);
        return out.join(QLatin1Char('\n'));
    };
    const QString reason = notReadyReason();
    QString text;
    Severity tone = Severity::Info;
    if (!reason.isEmpty()) {
        text = reason;
    } else if (!blocking.isEmpty()) {
        text = (blocking.size() == 1 ? tr("Next is blocked until this is fixed:\n")
                                     : tr("Next is blocked until these %1 problems are fixed:\n").arg(blocking.size())) +
               bullets(blocking);
        tone = Severity::Error;
    } else if (!later.isEmpty()) {
        text = tr("To fix here or on a later page (it blocks there):\n") + bullets(later);
        tone = Severity::Warning;
    } else if (warnings > 0) {
        text = warnings == 1 ? tr("1 warning on this page; it does not block Next.")
                             : tr("%1 warnings on this page; they do not block Next.").arg(warnings);
        tone = Severity::Warning;
    }
    if (m_status->text() != text)
        m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, colourOf(tone));
    m_status->setPalette(p);
    m_status->setVisible(!text.isEmpty());

    const bool complete = reason.isEmpty() && blocking.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

} // namespace tw::ui
