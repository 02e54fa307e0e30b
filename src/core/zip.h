// zip.h: a ZIP archive of a few small files, stored without compression: the data
// download (core/report.h, ResultsDataFiles) as one file, the same bytes from the page and
// from `aws-calc --zip`. PKWARE's APPNOTE 6.3: a local header and the data for each file,
// then the central directory and its end record; CRC-32 (ISO 3309, the polynomial
// 0xEDB88320); names in UTF-8 (general purpose flag bit 11); every file dated `date`
// ("2026-11-29", at midnight, as MS-DOS dates it) or 1980-01-01 without one. No ZIP64:
// the files are kilobytes.
//
//   const std::string zip = ZipStore({{"a.csv", "x,y\n"}, {"meta.json", "{}"}}, "2026-11-29");
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace awscalc {

struct ZipEntry {
  std::string name;  // "projection.csv"
  std::string data;  // the file's bytes
};

// CRC-32 of `bytes` (the check value of "123456789" is 0xCBF43926).
std::uint32_t Crc32(std::string_view bytes);

// The archive's bytes.
std::string ZipStore(const std::vector<ZipEntry>& entries, std::string_view date = "");

}  // namespace awscalc
