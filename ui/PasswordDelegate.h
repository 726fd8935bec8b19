#pragma once

#include <QStyledItemDelegate>

// Shows a table's password cells as dots until "Show passwords" is ticked; editing shows the text
// the same way.

namespace tw::ui {

class PasswordDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PasswordDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}
    void setMasked(bool masked) { m_masked = masked; }
    bool isMasked() const { return m_masked; }

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_masked = true;
};

} // namespace tw::ui
