import type { SeedModule } from './seed-content.types';

/**
 * "Dari SPBE ke Pemerintah Digital": what changed with the Indeks Pemerintah Digital of
 * PermenPANRB 8/2026, written from the project's reference facts (shared/reference/pemdi-2026.md,
 * copied as data in shared/src/spbe/permenpanrb-8-2026.ts). The official text was not at hand, and
 * the lessons say so where a figure comes from one secondary source only.
 */
export const MODULE_SPBE_KE_PEMDI: SeedModule = {
  type: 'MODULE',
  slug: 'dari-spbe-ke-pemerintah-digital',
  title: 'Dari SPBE ke Pemerintah Digital',
  summary:
    'Apa yang berubah pada 2026: PermenPANRB 8/2026 mencabut PermenPANRB 59/2020 dan memperkenalkan Indeks Pemerintah Digital dengan 7 aspek dan 20 indikator tanpa domain, bobot baru yang menitikberatkan kepuasan pengguna, nilai indikator dua desimal, bukti dukung yang dinilai satu per satu oleh asesor eksternal, serta predikat dengan batas yang berbeda dari indeks SPBE.',
  level: 'BEGINNER',
  estimatedMinutes: 40,
  indicatorCodes: [],
  pemdiIndicatorCodes: ['I01', 'I02', 'I03'],
  lessons: [
    {
      title: 'Mengapa instrumennya berganti',
      body: `### Regulasi baru

**PermenPANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital** ditetapkan pada 1 Juni 2026 dan diundangkan pada 5 Juni 2026 (Berita Negara 2026 Nomor 364). **Pasal 12** mencabut PermenPANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE. Dasar kebijakannya adalah RPJMN 2025-2029 (Perpres 12/2025).

### Apa artinya bagi tahun evaluasi

- **Evaluasi sampai tahun 2025** dinilai dengan indeks SPBE (PermenPANRB 59/2020: 4 domain, 8 aspek, 47 indikator). Nilai-nilai itu tetap sah sebagai **riwayat**.
- **Evaluasi mulai tahun 2026** dinilai dengan **Indeks Pemerintah Digital (Indeks Pemdi)**.
- Nilai 2019 dan 2020 dinilai dengan kerangka yang lebih lama lagi, PermenPANRB 5/2018.

Daerah kini menuliskan targetnya sebagai "Indeks Pemerintah Digital". Dalam perjanjian kinerja 2026 yang kami temukan, satu kabupaten menetapkan target 2,50 untuk 2026 dan kabupaten lain 1,4. Indeks SPBE 2025 dipakai sebagai **titik awal (baseline)**, bukan sebagai nilai Pemdi.

### Satu aturan penting

Setiap angka harus selalu disertai **kerangka dan tahunnya**. Indeks SPBE 2024 dan Indeks Pemdi 2026 diukur dengan alat ukur yang berbeda: keduanya tidak boleh dirata-ratakan, diperingkat bersama, atau digambar sebagai satu garis tren.

### Tentang sumber

Teks resmi peraturan belum ada di tangan kami. Angka dalam modul ini berasal dari dua ringkasan publik dan dasbor daerah yang saling sejalan. Bila sumber berbeda, modul ini menyebutkannya. Periksa kembali pada teks resmi begitu tersedia.

### Rangkuman

- PermenPANRB 8/2026 mencabut PermenPANRB 59/2020 (Pasal 12).
- SPBE: evaluasi sampai 2025. Pemdi: evaluasi mulai 2026.
- Angka tanpa kerangka dan tahun menyesatkan.`,
    },
    {
      title: 'Struktur baru: 7 aspek, 20 indikator, tanpa domain',
      body: `### Dari domain ke aspek

Indeks SPBE mengelompokkan 47 indikator ke dalam 8 aspek dan 4 domain. Indeks Pemdi **tidak memiliki domain**: 20 indikator langsung dikelompokkan ke dalam 7 aspek.

| Aspek (bobot) | Indikator |
|---|---|
| 1 Tata Kelola dan Manajemen (10%) | 1 Tata Kelola Pemdi; 2 Manajemen Layanan Digital Pemerintah |
| 2 Penyelenggara (10%) | 3 Sumber Daya Manusia Pemdi; 4 Kolaborasi Pemdi |
| 3 Data (15%) | 5 Tata Kelola Data; 6 Penyelenggaraan Informasi Geospasial; 7 Pembangunan Statistik; 8 Pelindungan Data Pribadi |
| 4 Keamanan Pemdi (15%) | 9 Audit Keamanan Pemdi dan Teknologi Pemdi; 10 Keamanan Pemdi; 11 Penerapan Kriptografi; 12 Penanganan Insiden Siber |
| 5 Teknologi Pemdi (10%) | 13 Aplikasi Pemdi; 14 Infrastruktur Pemdi |
| 6 Keterpaduan Layanan Digital Pemerintah (15%) | 15 Keterpaduan Proses Bisnis; 16 Integrasi Aplikasi; 17 Portal Layanan Digital; 18 Interoperabilitas Data |
| 7 Kepuasan Pengguna Layanan Digital Pemerintah (25%) | 19 Fasilitas Dukungan Pengguna; 20 Pengelolaan Kepuasan Pengguna |

Nama lengkap sebagian besar indikator diawali "Tingkat Kematangan …", misalnya Indikator 5 **Tingkat Kematangan Tata Kelola Data** (Satu Data Indonesia).

### Topik yang baru

Beberapa topik dulu tidak berdiri sendiri sebagai indikator SPBE: **Satu Data Indonesia**, **informasi geospasial**, **statistik sektoral**, **pelindungan data pribadi** (UU PDP), **kriptografi**, **penanganan insiden siber** (CSIRT), kompetensi digital ASN termasuk analitik data dan AI, **layanan dukungan pengguna** (help desk), dan **pengelolaan kepuasan pengguna**.

### Tingkat kematangan

Nama tingkatnya juga berganti: 1 **Merintis**, 2 **Membangun**, 3 **Berkembang**, 4 **Melembaga**, 5 **Unggul**. (Satu dasbor daerah menulis tingkat 1 sebagai "Rintisan", nama tingkat 1 di SPBE.)

### Rangkuman

- 7 aspek, 20 indikator, tanpa domain.
- Topik baru: data (SDI, geospasial, statistik, PDP), keamanan (kriptografi, insiden siber), dan pengguna.
- Tingkat: Merintis, Membangun, Berkembang, Melembaga, Unggul.`,
    },
    {
      title: 'Bobot baru dan cara menghitung indeks',
      body: `### Ke mana bobot berpindah

Bobot aspek Indeks Pemdi adalah **10, 10, 15, 15, 10, 15, dan 25 persen** (disebut oleh kedua ringkasan). Bobot per indikator berasal dari satu ringkasan:

- Indikator 1 sampai 5, 13, dan 14: masing-masing **5%**.
- Indikator 6, 7, 11, dan 18: masing-masing **3%**.
- Indikator 8, 9, 10, 12, 15, 16, dan 17: masing-masing **4%**.
- Indikator 19 Fasilitas Dukungan Pengguna: **10%**.
- Indikator 20 Pengelolaan Kepuasan Pengguna: **15%**, indikator terberat.

Seperempat indeks kini ditentukan oleh **kepuasan pengguna**. Data, keamanan, dan keterpaduan layanan masing-masing 15%. Di indeks SPBE, bobot terbesar ada pada Domain Layanan (45,5%), dengan indikator terberat 3%.

### Nilai dua desimal

Setiap indikator tetap bernilai 1 sampai 5, tetapi **dengan dua desimal** (1,00 sampai 5,00). Menurut satu sumber, nilai indikator adalah rata-rata dari sub-pertanyaannya. Di SPBE, nilai indikator adalah tingkat bulat.

### Rumus yang sama

Indeks = jumlah (nilai indikator x bobot indikator). Karena bobot berjumlah 100%, indeks berkisar dari 1,00 sampai 5,00.

**Contoh.** Indikator 20 (bobot 15%) naik dari 2,00 ke 3,00: indeks bertambah 1,00 x 0,15 = **0,15**. Kenaikan yang sama pada Indikator 6 (bobot 3%) hanya menambah **0,03**. Indikator 19 naik 0,50 (dari 2,25 ke 2,75): tambahannya 0,50 x 0,10 = **0,05**.

### Strategi

Indikator berbobot besar memberi dampak paling besar, tetapi setiap kenaikan harus dibuktikan dengan bukti dukung yang diterima asesor. Pilih kenaikan yang benar-benar bisa dikerjakan dan dibuktikan tahun ini.

### Rangkuman

- Aspek: 10/10/15/15/10/15/25%; Indikator 20 berbobot 15%, Indikator 19 10%.
- Nilai indikator dua desimal, 1,00 sampai 5,00.
- Tambahan indeks = kenaikan nilai x bobot.`,
    },
    {
      title: 'Bukti dukung yang dinilai asesor',
      body: `### Empat tahap evaluasi

1. **Penilaian Mandiri.** Tim Asesor Internal daerah, dikoordinasikan oleh **Koordinator Pemdi** (kepala unit sekretariat), mengisi nilai setiap indikator dan mengunggah **bukti dukung** untuk setiap kriteria: dokumen, tautan, atau tangkapan layar.
2. **Penilaian Dokumen.** **Tim Asesor Eksternal** menilai **setiap butir bukti satu per satu**: **diterima**, **revisi** (bukti keliru atau belum diunggah), atau **ditolak**.
3. **Penilaian Interviu.** Klarifikasi dan banding.
4. **Penilaian Visitasi**, bila diperlukan.

Setelah itu kementerian melaporkan indeks, indeks per aspek, nilai indikator, dan rekomendasi. Daerah menindaklanjuti rekomendasinya.

### Seperti apa dalam praktik

Dasbor sebuah daerah pada September 2026 menunjukkan **37 butir bukti** yang sudah dinilai: **18 diterima** dan **19 perlu direvisi**. Artinya lebih dari separuh bukti harus diperbaiki. Bukti yang dikembalikan untuk revisi perlu ditangani pemiliknya dengan cepat, sesuai catatan asesor.

### Tiga angka yang jangan tertukar

- **Nilai penilaian mandiri**: dihitung dari nilai yang diisi daerah sendiri.
- **Nilai simulasi**: dihitung hanya dari bukti yang sudah **diterima** asesor, selama nilai resmi belum terbit. Nilai ini **bukan nilai resmi**.
- **Nilai resmi**: nilai yang diumumkan kementerian.

### Kiat bukti dukung

- Satu butir bukti, satu kriteria: beri catatan singkat yang menjelaskan kriteria mana yang dibuktikannya.
- Bertanggal, ditandatangani, dan sesuai periode evaluasi.
- Tautan harus bisa dibuka asesor; dokumen internal yang memerlukan login tidak bisa dinilai.

### Rangkuman

- Mandiri, dokumen, interviu, visitasi.
- Setiap butir bukti: diterima, revisi, atau ditolak.
- Nilai simulasi dari bukti yang diterima bukan nilai resmi.`,
    },
    {
      title: 'Predikat baru dan membaca angka dengan benar',
      body: `### Predikat Indeks Pemdi

Menurut satu ringkasan ("Tabel 4"):

- **Memuaskan**: 4,00 sampai 5,00
- **Sangat Baik**: 3,50 sampai kurang dari 4,00
- **Baik**: 2,50 sampai kurang dari 3,50
- **Cukup**: 1,50 sampai kurang dari 2,50
- **Kurang**: 1,00 sampai kurang dari 1,50

Sumber kedua menyebut 4,50 sebagai batas bawah kategori teratas untuk tingkat sebuah indikator. Anggap batas-batas ini data yang bisa berubah begitu teks resmi tersedia.

### Angka yang sama, predikat yang berbeda

Batas predikat SPBE adalah 4,2 (Memuaskan), 3,5 (Sangat Baik), 2,6 (Baik), dan 1,8 (Cukup). Jadi:

- **4,10** adalah *Sangat Baik* di SPBE, tetapi *Memuaskan* di Pemdi.
- **2,55** adalah *Cukup* di SPBE, tetapi *Baik* di Pemdi.
- **3,80** adalah *Sangat Baik* di keduanya.

Karena itu, sebuah angka tidak boleh ditampilkan tanpa kerangka tempat angka itu diukur. Misalnya, indeks SPBE Provinsi Jawa Barat 4,14 adalah hasil evaluasi **2023** (dilaporkan Agustus 2024) dan tetap nilai SPBE: angka itu tidak bisa dibandingkan langsung dengan Indeks Pemdi 2026.

### Konten lama tetap berguna

Modul dan playbook Living Lab yang ditulis untuk indikator SPBE tetap relevan. Living Lab memetakan 47 indikator SPBE ke 20 indikator Pemdi menurut topiknya, misalnya Manajemen Data SPBE (Indikator 23) ke Tata Kelola Data Pemdi (Indikator 5), Kompetensi SDM (25) ke SDM Pemdi (3), dan Layanan Pengaduan (42) ke Fasilitas Dukungan Pengguna (19). **Pemetaan ini adalah pemetaan editorial Living Lab sendiri**: belum ada pemetaan resmi. Di katalog, konten yang ditemukan melalui pemetaan ini diberi tanda "melalui pemetaan".

### Pertanyaan refleksi untuk daerah Anda

1. Berapa Indeks SPBE 2025 daerah Anda, dan berapa target Indeks Pemdi 2026-nya?
2. Siapa pemilik Indikator 19 dan 20 di daerah Anda, dan bukti apa yang sudah ada?
3. Bukti mana yang kemungkinan dikembalikan untuk revisi, dan mengapa?

### Rangkuman

- Predikat Pemdi: 1,50 / 2,50 / 3,50 / 4,00.
- Angka yang sama bisa berarti predikat berbeda di dua kerangka.
- Pemetaan SPBE ke Pemdi di Living Lab adalah pemetaan editorial, bukan resmi.`,
    },
  ],
};
