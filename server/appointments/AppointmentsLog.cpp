#include "appointments/AppointmentsLog.h"

Q_LOGGING_CATEGORY(lcAppointments, "hallq.appointments")
