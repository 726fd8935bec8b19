#pragma once

// The wizard's pages, in the order of the two flows:
//   Start -> Sites -> Networks -> Security -> Options -> Review -> Export   (site-to-site link)
//   Start -> Server -> Users -> Review -> Export                            (L2TP/IPsec server)

namespace tw::ui {

enum class PageId : int { Start = 0, Sites, Networks, Security, Options, Server, Users, Review, Export };

// Which model object the flow edits.
enum class Flow { None, Link, Server };

} // namespace tw::ui
