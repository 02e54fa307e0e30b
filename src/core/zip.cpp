// zip.cpp: see zip.h.
#include "core/zip.h"

#include <array>
#include <cstddef>

namespace awscalc {

namespace {

constexpr std::array<std::uint32_t, 256> MakeCrcTable() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t i = 0; i < 256; ++i) {
    std::uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1u) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}
constexpr std::array<std::uint32_t, 256> kCrcTable = MakeCrcTable();

void U16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFFu);
  out += static_cast<char>((value >> 8) & 0xFFu);
}
void U32(std::string& out, std::uint32_t value) {
  U16(out, value & 0xFFFFu);
  U16(out, value >> 16);
}

// "2026-11-29" as MS-DOS writes a date: (year - 1980) << 9 | month << 5 | day; 1980-01-01
// for anything else.
std::uint32_t DosDate(std::string_view date) {
  constexpr std::uint32_t kFirst = (1u << 5) | 1u;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return kFirst;
  std::uint32_t parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = 0; i < lengths[p]; ++i) {
      const char c = date[starts[p] + i];
      if (c < '0' || c > '9') return kFirst;
      parts[p] = parts[p] * 10 + static_cast<std::uint32_t>(c - '0');
    }
  }
  const auto [year, month, day] = parts;
  if (year < 1980 || year > 2107 || month < 1 || month > 12 || day < 1 || day > 31) return kFirst;
  return ((year - 1980) << 9) | (month << 5) | day;
}

// The fields a local header and a central directory record share, from "version needed"
// to the name's length.
void CommonFields(std::string& out, const ZipEntry& entry, std::uint32_t crc, std::uint32_t date) {
  U16(out, 20);        // version needed to extract: 2.0
  U16(out, 1u << 11);  // flags: the name is UTF-8
  U16(out, 0);         // stored
  U16(out, 0);         // time: midnight
  U16(out, date);
  U32(out, crc);
  U32(out, static_cast<std::uint32_t>(entry.data.size()));  // compressed size
  U32(out, static_cast<std::uint32_t>(entry.data.size()));  // uncompressed size
  U16(out, static_cast<std::uint32_t>(entry.name.size()));
  U16(out, 0);  // extra field's length
}

}  // namespace

std::uint32_t Crc32(std::string_view bytes) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (const char byte : bytes)
    c = kCrcTable[(c ^ static_cast<unsigned char>(byte)) & 0xFFu] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::string ZipStore(const std::vector<ZipEntry>& entries, std::string_view date) {
  const std::uint32_t dos_date = DosDate(date);
  std::string out;
  std::string directory;
  for (const ZipEntry& entry : entries) {
    const std::uint32_t crc = Crc32(entry.data);
    const auto offset = static_cast<std::uint32_t>(out.size());
    U32(out, 0x04034B50u);  // local file header
    CommonFields(out, entry, crc, dos_date);
    out += entry.name;
    out += entry.data;

    U32(directory, 0x02014B50u);  // central directory file header
    U16(directory, 20);           // made by: MS-DOS, 2.0
    CommonFields(directory, entry, crc, dos_date);
    U16(directory, 0);  // comment's length
    U16(directory, 0);  // disk number
    U16(directory, 0);  // internal attributes
    U32(directory, 0);  // external attributes
    U32(directory, offset);
    directory += entry.name;
  }
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  out += directory;
  U32(out, 0x06054B50u);  // end of central directory
  U16(out, 0);            // this disk
  U16(out, 0);            // the directory's disk
  U16(out, static_cast<std::uint32_t>(entries.size()));
  U16(out, static_cast<std::uint32_t>(entries.size()));
  U32(out, static_cast<std::uint32_t>(directory.size()));
  U32(out, directory_offset);
  U16(out, 0);  // comment's length
  return out;
}

}  // namespace awscalc
