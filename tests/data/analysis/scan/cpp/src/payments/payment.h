#pragma once
  #  include "shared/util.h"
struct Payment {};
