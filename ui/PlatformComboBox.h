#pragma once

#include "model/Types.h"

#include <QComboBox>

// A choice of platform, labelled as people know them ("MikroTik RouterOS 7 (routeros-7)").

namespace tw::ui {

class PlatformComboBox final : public QComboBox {
    Q_OBJECT
public:
    explicit PlatformComboBox(QWidget *parent = nullptr);
    Platform platform() const;
    void setPlatform(Platform p);
    // Greys out a platform and says why in its tooltip (empty reason: available).
    void setUnavailable(Platform p, const QString &reason);
};

} // namespace tw::ui
