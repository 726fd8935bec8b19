#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

// L2TP/IPsec server, step 1: where clients dial in, the addresses they get inside the tunnel, DNS,
// MTU, PPP authentication and the IPsec key.

namespace tw::ui {

class KeyEditor;
class PlatformComboBox;

class ServerPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ServerPage(TunnelwrightWizard *wizard);

    void suggestAddresses(); // a free private range for pool and server address

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;
    void showFieldMessages(const QString &field, const QList<FieldMessage> &messages) override;

private:
    void updatePlatformAvailability();
    void updateProposals();

    QLineEdit *m_projectName = nullptr;
    QLineEdit *m_name = nullptr;
    PlatformComboBox *m_platform = nullptr;
    QLineEdit *m_publicAddress = nullptr;
    QLineEdit *m_wanInterface = nullptr;
    QLineEdit *m_pool = nullptr;
    QLineEdit *m_localAddress = nullptr;
    QLineEdit *m_dns = nullptr;
    QSpinBox *m_mtu = nullptr;
    QCheckBox *m_mschap2 = nullptr;
    QCheckBox *m_chap = nullptr;
    QCheckBox *m_pap = nullptr;
    QLabel *m_proposals = nullptr;
    KeyEditor *m_key = nullptr;
};

} // namespace tw::ui
