#include "SubnetListEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw::ui {

SubnetListEditor::SubnetListEditor(const QString &prefix, const QString &siteTitle, QWidget *parent)
    : QWidget(parent), m_prefix(prefix), m_siteTitle(siteTitle), m_rowsLayout(new QVBoxLayout),
      m_add(new QPushButton(tr("Add network"), this))
{
    setObjectName(prefix + QStringLiteral("Subnets"));
    m_add->setObjectName(prefix + QStringLiteral("SubnetAdd"));
    m_add->setAutoDefault(false);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, &SubnetListEditor::addRow);
    setSiteTitle(siteTitle);
}

void SubnetListEditor::setSiteTitle(const QString &title)
{
    m_siteTitle = title;
    m_add->setAccessibleName(tr("Add a network to %1").arg(title));
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].edit->setAccessibleName(tr("%1, network %2").arg(title).arg(i + 1));
        m_rows[i].remove->setAccessibleName(tr("Remove network %2 of %1").arg(title).arg(i + 1));
    }
}

void SubnetListEditor::setSubnets(const QStringList &subnets)
{
    if (subnets.size() == m_rows.size()) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].edit->text() != subnets[i])
                m_rows[i].edit->setText(subnets[i]);
        return;
    }
    rebuild(subnets);
}

QStringList SubnetListEditor::subnets() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.edit->text();
    return out;
}

QLineEdit *SubnetListEditor::rowEdit(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].edit : nullptr; }

QLabel *SubnetListEditor::rowMessage(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].message : nullptr; }

void SubnetListEditor::rebuild(const QStringList &subnets)
{
    // Deleted later: rebuild runs from a row's own remove button. Unparented first, so that a lookup
    // by objectName finds the new rows only.
    for (const Row &r : m_rows) {
        r.container->hide();
        r.container->setParent(nullptr);
        r.container->deleteLater();
    }
    m_rows.clear();
    for (int i = 0; i < subnets.size(); ++i) {
        Row r;
        r.container = new QWidget(this);
        r.edit = new QLineEdit(subnets[i], r.container);
        r.edit->setObjectName(m_prefix + QStringLiteral("Subnet%1").arg(i));
        r.edit->setPlaceholderText(QStringLiteral("e.g. 192.168.88.0/24"));
        r.remove = new QToolButton(r.container);
        r.remove->setObjectName(m_prefix + QStringLiteral("SubnetRemove%1").arg(i));
        r.remove->setText(tr("Remove"));
        r.message = new QLabel(r.container);
        r.message->setObjectName(m_prefix + QStringLiteral("Subnet%1Error").arg(i));
        r.message->setWordWrap(true);
        r.message->setTextFormat(Qt::PlainText);
        r.message->setVisible(false);
        auto *grid = new QGridLayout(r.container);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setVerticalSpacing(2);
        grid->addWidget(r.edit, 0, 0);
        grid->addWidget(r.remove, 0, 1);
        grid->addWidget(r.message, 1, 0, 1, 2);
        m_rowsLayout->addWidget(r.container);
        connect(r.edit, &QLineEdit::textEdited, this, &SubnetListEditor::edited);
        connect(r.remove, &QToolButton::clicked, this, [this, i] { removeRow(i); });
        m_rows << r;
    }
    // Tab order follows the rows, then the add button.
    QWidget *previous = nullptr;
    for (const Row &r : m_rows) {
        if (previous)
            setTabOrder(previous, r.edit);
        setTabOrder(r.edit, r.remove);
        previous = r.remove;
    }
    if (previous)
        setTabOrder(previous, m_add);
    setSiteTitle(m_siteTitle);
}

void SubnetListEditor::addRow()
{
    QStringList s = subnets();
    s << QString();
    rebuild(s);
    m_rows.last().edit->setFocus();
    emit edited();
}

void SubnetListEditor::removeRow(int row)
{
    QStringList s = subnets();
    if (row < 0 || row >= s.size())
        return;
    s.removeAt(row);
    rebuild(s);
    if (!m_rows.isEmpty())
        m_rows[std::min(row, int(m_rows.size()) - 1)].edit->setFocus();
    else
        m_add->setFocus();
    emit edited();
}

} // namespace tw::ui
