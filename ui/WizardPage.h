#pragma once

#include "FindingLocator.h"
#include "PageId.h"

#include "validate/Finding.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

// What every page of the wizard shares (style point 7): the page edits the wizard's one model object,
// loads it in initializePage(), writes every change back at once (store()) and lets core judge it;
// each finding core reports about a field of this page appears in the message line under that field
// (objectName FIELD + "Error"), and the status line at the bottom says what blocks Next.
//
// A page builds its widgets the first time it is shown, so that starting the program stays as light
// as a bare wizard.

namespace tw::ui {

class TunnelwrightWizard;

struct FieldMessage {
    Severity severity = Severity::Error;
    QString text;
    int row = -1;
    int column = -1;
};

class WizardPage : public QWizardPage {
    Q_OBJECT
public:
    // statusName: the objectName of the status line ("sitesStatus").
    WizardPage(TunnelwrightWizard *wizard, PageId id, const QString &statusName);

    PageId pageId() const { return m_id; }
    void initializePage() override;
    void cleanupPage() override; // keeps the edits: they live in the model
    bool isComplete() const override;
    bool validatePage() override;

    void ensureBuilt();
    bool isBuilt() const { return m_built; }
    // Shows every field's messages, not only those of fields the user has edited (after an attempt
    // to go on, after opening a file, when a finding leads here).
    void revealMessages();
    void forgetEdits(); // a new project: nothing is touched yet
    void focusFinding(const FindingLocation &location);
    QStringList blockingProblems() const { return m_blocking; }

protected:
    virtual void build(QVBoxLayout *layout) = 0;
    virtual void load() = 0;  // model -> widgets
    virtual void store() = 0; // widgets -> model, every value of the page
    virtual bool scrollable() const { return true; }
    // Review and export pages: every error of the project blocks them.
    virtual bool blocksOnEveryError() const { return false; }
    // Why Next is blocked besides the findings (the start page without a project).
    virtual QString notReadyReason() const { return {}; }
    // Shows a field's messages; list fields (rows) override to place them per row.
    virtual void showFieldMessages(const QString &field, const QList<FieldMessage> &messages);
    virtual QWidget *widgetFor(const QString &field, int row, int column) const;
    virtual void findingsShown() {} // after the messages were distributed

    // Registers an input: accessible name, and a message line named field + "Error" (returned; the
    // page places it, usually under the input).
    QLabel *addField(QWidget *input, const QString &field, const QString &accessibleName);
    // An input above its message line, ready for a form row.
    QWidget *fieldWithMessage(QWidget *input, const QString &field, const QString &accessibleName);
    // A list field whose rows show their own messages (subnets, users): registered without an input.
    QLabel *addListField(QWidget *list, const QString &field);

    void edited(const QString &field); // an input changed: store(), mark it touched, let core check
    void loadFromModel();              // load() with the change signals of the inputs ignored
    bool isLoading() const { return m_loading; }
    bool showsMessagesOf(const QString &field) const { return m_revealed || m_touched.contains(field); }
    TunnelwrightWizard *wiz() const { return m_wizard; }
    QLabel *statusLine() const { return m_status; }

    // Focus given to the container goes to the input; a form label naming the container as its buddy
    // gets the input instead (ensureBuilt()).
    static void proxyFocus(QWidget *container, QWidget *input);
    static void setMessages(QLabel *label, const QList<FieldMessage> &messages, QWidget *describes = nullptr);
    static QString messageText(const FieldMessage &m);

private:
    void refresh();

    struct Field {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };

    TunnelwrightWizard *m_wizard;
    PageId m_id;
    QVBoxLayout *m_outer;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_status;
    bool m_built = false;
    bool m_loading = false;
    bool m_revealed = false;
    bool m_complete = true;
    QHash<QString, Field> m_fields;
    QSet<QString> m_touched;
    QStringList m_blocking;
};

} // namespace tw::ui
