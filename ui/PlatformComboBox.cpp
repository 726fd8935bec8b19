#include "PlatformComboBox.h"

#include "model/Vocabulary.h"

#include <QStandardItemModel>

namespace tw::ui {

PlatformComboBox::PlatformComboBox(QWidget *parent) : QComboBox(parent)
{
    for (Platform p : allPlatforms())
        addItem(QStringLiteral("%1 (%2)").arg(label(p), token(p)), int(p));
    // Narrow windows: the longest label must not set the page's minimum width (the list shows it whole).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
}

Platform PlatformComboBox::platform() const { return Platform(currentData().toInt()); }

void PlatformComboBox::setPlatform(Platform p) { setCurrentIndex(findData(int(p))); }

void PlatformComboBox::setUnavailable(Platform p, const QString &reason)
{
    auto *m = qobject_cast<QStandardItemModel *>(model());
    QStandardItem *item = m ? m->item(findData(int(p))) : nullptr;
    if (!item)
        return;
    item->setEnabled(reason.isEmpty());
    item->setToolTip(reason.isEmpty() ? QString() : tr("Not available: ") + reason);
}

} // namespace tw::ui
