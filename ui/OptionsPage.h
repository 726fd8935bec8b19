#pragma once

#include "WizardPage.h"

class QCheckBox;
class QGroupBox;

// Site-to-site, step 4: per router, NAT bypass and firewall rules; for the link, NAT traversal.

namespace tw::ui {

class OptionsPage final : public WizardPage {
    Q_OBJECT
public:
    explicit OptionsPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;

private:
    QGroupBox *m_boxA = nullptr;
    QGroupBox *m_boxB = nullptr;
    QCheckBox *m_natBypassA = nullptr;
    QCheckBox *m_firewallA = nullptr;
    QCheckBox *m_natBypassB = nullptr;
    QCheckBox *m_firewallB = nullptr;
    QCheckBox *m_natTraversal = nullptr;
};

} // namespace tw::ui
