#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// The protected networks of one site: one line per network, each with a remove button and its own
// message line, and an "Add network" button. Rows are exactly the site's lan_subnets, empty ones
// included, so that what core checks is what the user sees.

namespace tw::ui {

class SubnetListEditor final : public QWidget {
    Q_OBJECT
public:
    // prefix "a" / "b": rows are named aSubnet0, aSubnet0Error, aSubnetRemove0; the add button aSubnetAdd.
    SubnetListEditor(const QString &prefix, const QString &siteTitle, QWidget *parent = nullptr);

    void setSubnets(const QStringList &subnets);
    QStringList subnets() const;
    void setSiteTitle(const QString &title); // accessible names follow the site's name
    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *rowEdit(int row) const;
    QLabel *rowMessage(int row) const;
    QPushButton *addButton() const { return m_add; }

signals:
    void edited();

private:
    struct Row {
        QWidget *container;
        QLineEdit *edit;
        QToolButton *remove;
        QLabel *message;
    };
    void rebuild(const QStringList &subnets);
    void addRow();
    void removeRow(int row);

    QString m_prefix;
    QString m_siteTitle;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace tw::ui
