#pragma once

#include "model/Project.h"

// Large valid projects for benchmarks: N links alternating RouterOS 7 <-> Cisco IOS and
// RouterOS 7 <-> RouterOS 6, two subnets a side; or one L2TP server with N users.
namespace twbench {

tw::Project manyLinks(int links);
tw::Project manyUsers(int users);

} // namespace twbench
