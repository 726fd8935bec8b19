#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

// A pre-shared key: typed or generated (tw::generateSecret), shown or hidden, copied, and a meter of
// its strength (tw::estimateStrengthBits, the estimate core's check warns with).

namespace tw::ui {

class KeyEditor final : public QWidget {
    Q_OBJECT
public:
    // name: the line edit's objectName; the parts are name + "Show", "Generate", "Copy", "Strength"
    // (the meter) and "StrengthText".
    KeyEditor(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    QString key() const;
    void setKey(const QString &key); // no keyEdited signal
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void keyEdited();

private:
    void updateStrength();

    QLineEdit *m_edit;
    QToolButton *m_show;
    QPushButton *m_generate;
    QPushButton *m_copy;
    QProgressBar *m_meter;
    QLabel *m_meterText;
};

} // namespace tw::ui
