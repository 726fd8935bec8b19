#pragma once

#include "WizardPage.h"

class QFormLayout;
class QGroupBox;
class QLineEdit;

// Site-to-site, step 1: the project and link names and, for each router, its name, platform, WAN
// address and interface, and (Cisco) the LAN interface NAT bypass needs.

namespace tw::ui {

class PlatformComboBox;

class SitesPage final : public WizardPage {
    Q_OBJECT
public:
    explicit SitesPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;

private:
    struct SiteWidgets {
        QGroupBox *box = nullptr;
        QFormLayout *form = nullptr;
        QLineEdit *name = nullptr;
        PlatformComboBox *platform = nullptr;
        QLineEdit *wanAddress = nullptr;
        QLineEdit *wanInterface = nullptr;
        QLineEdit *lanInterface = nullptr;
        QWidget *lanRow = nullptr;
    };
    SiteWidgets buildSite(const QString &side, const QStringList &mnemonics);
    void updateSiteTitles();

    QLineEdit *m_projectName = nullptr;
    QLineEdit *m_linkName = nullptr;
    SiteWidgets m_a;
    SiteWidgets m_b;
};

} // namespace tw::ui
