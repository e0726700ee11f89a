#pragma once

// Everything hallq_protocol offers, for the server's net layer and the client.

#include "protocol/AppointmentMessages.h"
#include "protocol/Builders.h"
#include "protocol/Codec.h"
#include "protocol/Envelope.h"
#include "protocol/ErrorCode.h"
#include "protocol/Events.h"
#include "protocol/IdNumber.h"
#include "protocol/Limits.h"
#include "protocol/MessageTable.h"
#include "protocol/Replies.h"
#include "protocol/Requests.h"
#include "protocol/Role.h"
#include "protocol/Shapes.h"
#include "protocol/SupervisionMessages.h"
#include "protocol/Version.h"
#include "protocol/WireValues.h"
