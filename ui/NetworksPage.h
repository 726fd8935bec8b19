#pragma once

#include "WizardPage.h"

class QGroupBox;

// Site-to-site, step 2: the networks behind each router that the tunnel connects.

namespace tw::ui {

class SubnetListEditor;

class NetworksPage final : public WizardPage {
    Q_OBJECT
public:
    explicit NetworksPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;
    void showFieldMessages(const QString &field, const QList<FieldMessage> &messages) override;
    QWidget *widgetFor(const QString &field, int row, int column) const override;

private:
    SubnetListEditor *editorFor(const QString &field) const;

    QGroupBox *m_boxA = nullptr;
    QGroupBox *m_boxB = nullptr;
    SubnetListEditor *m_a = nullptr;
    SubnetListEditor *m_b = nullptr;
    QLabel *m_messageA = nullptr;
    QLabel *m_messageB = nullptr;
};

} // namespace tw::ui
