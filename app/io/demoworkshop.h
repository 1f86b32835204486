#pragma once
#include "storage/connection.h"

// The seed's workshop in the demo database: Saturday 4 October 2025 at Balei Harungguan
// Djabanten Damanik, all 413 KMP invited, the 360 DemoScenario::attendees() present
// (arrivals spread 08:00-10:30 WIB), 53 absent. Called at the end of DemoScenario::build.
namespace DemoWorkshop {
// Returns the workshop's id.
qint64 build(Connection db);
}   // namespace DemoWorkshop
