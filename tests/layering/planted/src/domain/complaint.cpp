// Planted: the domain including Boost.
#include <boost/system/result.hpp>

#include <string>
