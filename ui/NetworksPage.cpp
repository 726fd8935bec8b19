#include "NetworksPage.h"

#include "SubnetListEditor.h"
#include "TunnelwrightWizard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::ui {
namespace {

QString siteName(const Site &s, const QString &side)
{
    return s.name.isEmpty() ? NetworksPage::tr("site %1").arg(side.toUpper()) : NetworksPage::tr("%1 (site %2)").arg(s.name, side.toUpper());
}

} // namespace

NetworksPage::NetworksPage(TunnelwrightWizard *wizard) : WizardPage(wizard, PageId::Networks, QStringLiteral("networksStatus"))
{
    setObjectName(QStringLiteral("networksPage"));
    setTitle(tr("Protected networks"));
    setSubTitle(tr("The networks behind each router that the tunnel joins, in CIDR such as 192.168.88.0/24. "
                               "Every network of one side reaches every network of the other."));
}

void NetworksPage::build(QVBoxLayout *layout)
{
    auto makeSide = [this](const QString &side, QGroupBox *&box, SubnetListEditor *&editor, QLabel *&message) {
        box = new QGroupBox(this);
        auto *v = new QVBoxLayout(box);
        editor = new SubnetListEditor(side, tr("site %1").arg(side.toUpper()), box);
        message = addListField(editor, side + QStringLiteral("Subnets"));
        v->addWidget(editor);
        v->addWidget(message);
        v->addStretch(1);
        const QString field = side + QStringLiteral("Subnets");
        connect(editor, &SubnetListEditor::edited, this, [this, field] { edited(field); });
    };
    makeSide(QStringLiteral("a"), m_boxA, m_a, m_messageA);
    makeSide(QStringLiteral("b"), m_boxB, m_b, m_messageB);
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_boxA, 1);
    sides->addWidget(m_boxB, 1);
    layout->addLayout(sides, 1);
}

void NetworksPage::load()
{
    const SiteToSiteLink &l = wiz()->link();
    m_boxA->setTitle(tr("Networks behind %1").arg(siteName(l.a, QStringLiteral("a"))));
    m_boxB->setTitle(tr("Networks behind %1").arg(siteName(l.b, QStringLiteral("b"))));
    m_a->setSiteTitle(siteName(l.a, QStringLiteral("a")));
    m_b->setSiteTitle(siteName(l.b, QStringLiteral("b")));
    m_a->setSubnets(l.a.lanSubnets);
    m_b->setSubnets(l.b.lanSubnets);
}

void NetworksPage::store()
{
    SiteToSiteLink &l = wiz()->link();
    l.a.lanSubnets = m_a->subnets();
    l.b.lanSubnets = m_b->subnets();
}

SubnetListEditor *NetworksPage::editorFor(const QString &field) const
{
    if (field == QLatin1String("aSubnets"))
        return m_a;
    if (field == QLatin1String("bSubnets"))
        return m_b;
    return nullptr;
}

void NetworksPage::showFieldMessages(const QString &field, const QList<FieldMessage> &messages)
{
    SubnetListEditor *editor = editorFor(field);
    if (!editor)
        return WizardPage::showFieldMessages(field, messages);
    QList<FieldMessage> listLevel;
    QHash<int, QList<FieldMessage>> rows;
    for (const FieldMessage &m : messages)
        if (m.row >= 0 && m.row < editor->rowCount())
            rows[m.row] << m;
        else
            listLevel << m;
    setMessages(editor == m_a ? m_messageA : m_messageB, listLevel);
    for (int r = 0; r < editor->rowCount(); ++r)
        setMessages(editor->rowMessage(r), rows.value(r), editor->rowEdit(r));
}

QWidget *NetworksPage::widgetFor(const QString &field, int row, int column) const
{
    SubnetListEditor *editor = editorFor(field);
    if (!editor)
        return WizardPage::widgetFor(field, row, column);
    if (QLineEdit *e = editor->rowEdit(row >= 0 ? row : 0))
        return e;
    return editor->addButton();
}

} // namespace tw::ui
