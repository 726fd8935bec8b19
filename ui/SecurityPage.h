#pragma once

#include "SecurityPresets.h"
#include "WizardPage.h"

#include <QHash>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Site-to-site, step 3: the proposals (a preset or custom) and the pre-shared key. A choice one of
// the two platforms cannot express is greyed out with that platform's reason, as core's check
// words it (CapabilityProbe).

namespace tw::ui {

class KeyEditor;

class SecurityPage final : public WizardPage {
    Q_OBJECT
public:
    explicit SecurityPage(TunnelwrightWizard *wizard);

protected:
    void build(QVBoxLayout *layout) override;
    void load() override;
    void store() override;

private:
    struct Preset {
        SecurityPreset preset;
        QRadioButton *radio;
        QLabel *reason;
    };
    QComboBox *addCombo(const QString &field, const QString &accessibleName);
    void choose(const QString &field); // a combo changed: write that one value
    void presetChosen(SecurityPreset p);
    void updateAvailability();
    void updateExtras();

    QList<Preset> m_presets;
    QButtonGroup *m_presetGroup = nullptr;
    bool m_customChosen = false; // UI state: Custom stays selected even when the values equal a preset
    QGroupBox *m_algorithms = nullptr;
    QHash<QString, QComboBox *> m_combos;
    QSpinBox *m_ikeLifetime = nullptr;
    QSpinBox *m_espLifetime = nullptr;
    QLabel *m_extras = nullptr;
    QPushButton *m_dropExtras = nullptr;
    KeyEditor *m_key = nullptr;
};

} // namespace tw::ui
