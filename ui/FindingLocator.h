#pragma once

#include "PageId.h"

#include "model/Project.h"

#include <QString>

// Maps a finding's JSON path (links[0].b.lan_subnets[1]) to the wizard page and widget that edit
// the value, so that a finding is shown next to its field and activating it on the review page
// takes the user there. Pure: no widgets.

namespace tw::ui {

struct FindingLocation {
    Flow flow = Flow::None; // the object's kind; None for project-level paths
    int index = -1;         // links[index] / l2tp_servers[index]
    PageId page = PageId::Review;         // the page holding the field (Review: no page edits it)
    PageId blockingPage = PageId::Review; // whose Next an error here blocks (the last page that can fix it)
    QString field;          // objectName of the widget
    int row = -1;           // list fields: subnet, DNS server or user row
    int column = -1;        // users table: 0 name, 1 password

    bool sameObject(Flow f, int i) const { return flow == Flow::None || (flow == f && index == i); }
};

class FindingLocator final {
public:
    // currentFlow decides where project-level fields ("name") live: each flow's first page edits them.
    static FindingLocation locate(const QString &path, Flow currentFlow);
    // "Site cisco (b): WAN address", "Server office: client pool", "Project name": what a person calls
    // the value, for the review list and the status lines.
    static QString caption(const QString &path, const Project &project);
};

} // namespace tw::ui
