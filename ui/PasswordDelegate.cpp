#include "PasswordDelegate.h"

#include <QLineEdit>

namespace tw::ui {

QString PasswordDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = value.toString();
    if (!m_masked || text.isEmpty())
        return QStyledItemDelegate::displayText(value, locale);
    return QString(std::min<qsizetype>(text.size(), 12), QChar(0x2022)); // no length beyond 12 is shown
}

QWidget *PasswordDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setEchoMode(m_masked ? QLineEdit::Password : QLineEdit::Normal);
    return editor;
}

} // namespace tw::ui
