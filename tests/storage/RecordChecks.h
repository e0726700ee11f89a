#pragma once

#include "engine/Event.h"
#include "engine/SequenceCounter.h"
#include "engine/Ticket.h"
#include "engine/WindowStatus.h"
#include "storage/DeviceToken.h"
#include "storage/StaffAccount.h"

// Field-by-field comparisons (Catch2 CHECKs, so every differing field is
// reported), including that instants come back as UTC.
void checkSame(const hallq::engine::Ticket &loaded, const hallq::engine::Ticket &expected);
void checkSame(const hallq::engine::WindowStatus &loaded, const hallq::engine::WindowStatus &expected);
void checkSame(const hallq::engine::Event &loaded, const hallq::engine::Event &expected);
void checkSame(const hallq::engine::SequenceCounter &loaded, const hallq::engine::SequenceCounter &expected);
void checkSame(const hallq::storage::StaffAccount &loaded, const hallq::storage::StaffAccount &expected);
void checkSame(const hallq::storage::DeviceToken &loaded, const hallq::storage::DeviceToken &expected);
