import { MODULE_SPBE_KE_PEMDI } from './pemdi-module';
import type { SeedContent } from './seed-content.types';

/**
 * Catalogue content that ships with Living Lab: case studies, a playbook and modules written
 * from public facts about Kabupaten Sumedang. Every real figure cites its year and the kind of
 * source in the text; anything illustrative is marked "(ilustrasi)" or "Contoh ilustratif".
 */

// ---------------------------------------------------------------------------------------------
// Studi kasus
// ---------------------------------------------------------------------------------------------

const CASE_E_OFFICE: SeedContent = {
  type: 'CASE_STUDY',
  slug: 'e-office-sumedang-super-app',
  title: 'e-Office Sumedang: super-aplikasi perkantoran dari kabupaten sampai desa',
  summary:
    'Sejak 2019 Pemkab Sumedang menyatukan tanda tangan elektronik (TTE), surat dan disposisi digital, serta presensi pegawai dalam satu super-aplikasi e-Office, lalu memperluasnya sampai desa. Studi kasus ini juga membahas kegagalan fitur presensi pada hari pertama wajib pakai (sekitar 90% perangkat daerah mengalami error) dan apa yang bisa dipelajari: uji coba bertahap, uji beban, dan rencana cadangan.',
  level: 'BEGINNER',
  estimatedMinutes: 12,
  indicatorCodes: ['I37', 'I41', 'I36', 'I15', 'I18'],
  context: `### Latar belakang

Kabupaten Sumedang berada di Jawa Barat dan memiliki 26 kecamatan serta 277 desa/kelurahan (RPJMD Kabupaten Sumedang 2018-2023, dokumen resmi pemda). Pada 2019 indeks SPBE Sumedang tercatat **2,46** (2019, nilai evaluasi SPBE yang dikutip pejabat Diskominfo Sumedang di berita daring). Dengan nilai itu Sumedang masih berada di bawah predikat "Baik".

Pemkab kemudian membangun **e-Office**, sebuah super-aplikasi untuk urusan kantor sehari-hari. Isinya:

- tanda tangan elektronik (TTE) untuk naskah dinas,
- surat masuk, surat keluar, dan disposisi digital,
- presensi (absensi) pegawai secara daring.

Fitur presensi digital diuji lebih dulu di Sekretariat Daerah sejak April 2019 (2020, berita daring lokal). Belakangan e-Office diperluas sampai tingkat desa (e-Office Desa), disertai aplikasi akuntabilitas kinerja desa (e-SAKIP Desa) (2021, berita daring).`,
  problem: `### Masalah yang ingin diselesaikan

Rumusan di bawah ini adalah gambaran umum tantangan yang dijawab e-Office, bukan kutipan dokumen resmi Pemkab Sumedang.

- **Surat dan disposisi lambat.** Naskah dinas harus dicetak, diparaf, dan diantar dari meja ke meja. Pimpinan yang sedang di luar kantor menjadi "titik macet".
- **Data kepegawaian tidak menyatu.** Kehadiran, kinerja, dan data pegawai dicatat di tempat berbeda sehingga sulit dipakai untuk keputusan, misalnya untuk tunjangan kinerja.
- **Sulit dipantau.** Pimpinan tidak punya gambaran cepat tentang berapa surat yang tertunda atau siapa yang belum hadir.
- **Indeks SPBE rendah** pada aspek layanan administrasi pemerintahan (Indikator 32 sampai 41), yang bobotnya besar dalam indeks.`,
  whatWasDone: `### Apa yang dilakukan

1. **Satu aplikasi untuk banyak urusan.** TTE, surat digital, disposisi, dan presensi digabung dalam satu pintu, sehingga pegawai tidak perlu berpindah-pindah aplikasi. Pejabat Diskominfo Sumedang menyebut arah ke depan adalah layanan "single window" (berita daring, sekitar 2021).
2. **Uji coba di Sekretariat Daerah.** Fitur presensi digital diuji di lingkungan Setda sejak April 2019 (2020, berita daring lokal).
3. **Wajib pakai lewat kebijakan.** Melalui Surat Edaran Bupati, seluruh ASN di lingkungan Pemkab Sumedang diwajibkan memakai presensi digital mulai Juni 2020 (2020, berita daring lokal).
4. **Diperluas ke desa.** Sekda Sumedang saat itu menyatakan bahwa kantor digital Sumedang "sudah menembus desa", termasuk e-SAKIP Desa (2021, berita daring).
5. **Dibagikan ke daerah lain.** e-Office kemudian dipelajari dan direplikasi daerah lain (lihat studi kasus "Replikasi e-Office Sumedang ke daerah lain").`,
  results: `### Hasil

**Indeks SPBE Kabupaten Sumedang** (hasil evaluasi SPBE yang dilaporkan media dan pemda):

- 2019: **2,46** (dikutip di berita daring)
- 2020: **3,81**, disebut terbaik pertama tingkat nasional (2022, berita daring)
- 2021: **3,52**, predikat Sangat Baik (2022, berita daring)
- 2022: **3,84**, tertinggi di antara kabupaten/kota (hasil evaluasi SPBE 2022, dilaporkan media)
- 2024: **4,51**, dilaporkan pada Februari 2025; target RPJMD 2025 adalah 4,6 (2025, pemberitaan daring)

Catatan penting: kenaikan indeks adalah hasil banyak upaya sekaligus (kebijakan, tata kelola, Command Center, layanan publik), bukan e-Office saja. Selain itu, kerangka penilaian berganti (PermenPANRB 5/2018 diganti PermenPANRB 59/2020), jadi bandingkan angka lintas tahun dengan hati-hati.

**Yang gagal: presensi pada hari pertama wajib pakai.** Pada 2 Juni 2020, hari pertama seluruh ASN wajib memakai presensi digital, hampir 90% perangkat daerah melaporkan error. Setda memakai absen manual sebagai cadangan. Menurut Kasubag Kepegawaian Setda, presensi masih bisa dilakukan sekitar pukul 06.30 sampai 07.00, lalu gagal ketika semua pegawai masuk bersamaan; ia menduga penyebabnya beban yang tidak tertampung (2020, berita daring lokal). Sehari kemudian Kepala Diskominfo menyatakan server dan jaringan tidak bermasalah, dan menjelaskan bahwa aplikasi dibuat pihak ketiga sehingga Diskominfo tidak memegang kode sumbernya dan tidak bisa memeriksa aplikasinya (2020, berita daring lokal).`,
  lessonsLearned: `### Pelajaran

**1. Uji coba kecil tidak sama dengan uji beban.** Uji coba di Setda sejak 2019 membuktikan fiturnya berjalan, tetapi tidak membuktikan aplikasi sanggup melayani seluruh ASN yang presensi pada jam yang sama. Presensi punya pola "jam sibuk" yang tajam (menjelang jam masuk kantor). Sebelum wajib pakai, lakukan uji beban yang meniru jam sibuk itu, misalnya seluruh pegawai presensi dalam 30 menit (ilustrasi).

**2. Luncurkan bertahap.** Daripada seluruh perangkat daerah mulai di hari yang sama, mulailah dari beberapa perangkat daerah, lalu tambah per gelombang sambil memantau kinerja aplikasi.

**3. Siapkan cadangan sejak awal.** Hal yang berjalan baik pada 2 Juni 2020: Setda punya absen manual sebagai cadangan. Jadikan ini prosedur resmi (SOP cadangan), termasuk siapa yang memutuskan beralih ke cadangan dan bagaimana data manual dimasukkan kembali, supaya pegawai tidak dirugikan (misalnya pada tunjangan).

**4. Pemerintah daerah harus memegang kode sumber dan akses pemantauan.** Saat error terjadi, pemilik infrastruktur (Diskominfo) dan pengguna (Setda) saling menunjuk penyebab, sementara kode sumber ada di pihak ketiga. Dalam kontrak pengembangan, wajibkan serah terima kode sumber, dokumentasi, dan akses ke log serta pemantauan aplikasi.

**5. Tetapkan satu pemilik insiden.** Tentukan sejak awal siapa yang menangani gangguan, saluran pelaporan (helpdesk), dan bagaimana perkembangan penanganan diumumkan kepada pegawai.

**6. Kegagalan awal tidak menghentikan program.** e-Office tetap dilanjutkan, diperluas ke desa, dan kemudian ditiru daerah lain. Kegagalan yang ditangani terbuka adalah bahan belajar, bukan alasan untuk berhenti.

### Indikator SPBE yang terbantu

- **I37** Layanan Kearsipan Dinamis (surat, naskah dinas, disposisi)
- **I41** Layanan Kinerja Pegawai dan **I36** Layanan Kepegawaian (presensi, data pegawai)
- **I15** Pembangunan Aplikasi SPBE (aplikasi umum yang dipakai bersama)
- **I18** Penggunaan Sistem Penghubung Layanan (integrasi antaraplikasi)`,
  sources: [
    {
      title: '2 Juni Absen Digital di Lingkup Pemkab Sumedang 90 Persen Mendadak Error',
      kind: 'berita daring',
      year: 2020,
      url: 'https://sumedang.online/2020/06/2-juni-absen-digital-di-lingkup-pemkab-sumedang-90-persen-mendadak-error/',
    },
    {
      title: 'Absensi Digital Bermasalah, Diskominfosantik Sumedang: Permasalahan Bukan di Server',
      kind: 'berita daring',
      year: 2020,
      url: 'https://sumedang.online/2020/06/absensi-digital-bermasalah-diskominfosantik-sumedang-permasalahan-bukan-di-server/',
    },
    {
      title: 'Lewat Aplikasi e-Office, Kabupaten Sumedang Menuju Happy Digital Region (JPNN)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://m.jpnn.com/news/lewat-aplikasi-e-office-kabupaten-sumedang-menuju-happy-digital-region?page=2',
    },
    {
      title: 'Salut untuk Sumedang, Kini jadi Destinasi Utama Wisata Pemerintahan (JPNN)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://jpnn.com/news/salut-untuk-sumedang-kini-jadi-destinasi-utama-wisata-pemerintahan?page=2',
    },
    {
      title: 'Bertemu Bupati Sumedang, MenPAN Minta Proyek Perubahan Digital Services Living Lab Dieksekusi (iNews Bandung Raya)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://bandungraya.inews.id/amp/205586/bertemu-bupati-sumedang-menpan-minta-proyek-perubahan-digital-services-living-lab-dieksekusi/2',
    },
    {
      title: 'Hasil evaluasi SPBE 2022 dan 2024 untuk Kabupaten Sumedang, sebagaimana dilaporkan media',
      kind: 'berita daring',
      year: 2025,
    },
    {
      title: 'Rencana Pembangunan Jangka Menengah Daerah (RPJMD) Kabupaten Sumedang 2018-2023, Bab II Gambaran Umum Kondisi Daerah',
      kind: 'dokumen resmi',
      year: 2019,
    },
  ],
};

const CASE_COMMAND_CENTER: SeedContent = {
  type: 'CASE_STUDY',
  slug: 'command-center-sumedang',
  title: 'Command Center Sumedang: dasbor untuk keputusan berbasis data',
  summary:
    'Command Center Sumedang diresmikan pada Februari 2021. Di satu ruang, pimpinan dapat melihat CCTV dan dasbor e-Office, penilaian pegawai, penanganan stunting, perizinan, serta pariwisata. Studi kasus ini membahas cara menjadikan dasbor alat pengambilan keputusan, bukan sekadar ruang pamer, beserta risikonya (kualitas data dan keamanan).',
  level: 'INTERMEDIATE',
  estimatedMinutes: 10,
  indicatorCodes: ['I23', 'I16', 'I40', 'I43'],
  context: `### Latar belakang

Setelah e-Office dan berbagai aplikasi perangkat daerah berjalan, Pemkab Sumedang memiliki banyak data, tetapi datanya tersebar. Command Center dibangun sebagai tempat data itu dipertemukan dan dibaca bersama.

- Command Center Sumedang **diresmikan pada Februari 2021** (2021, berita daring nasional).
- Menurut Bupati Sumedang, pembangunannya dibiayai dari **bantuan keuangan Provinsi Jawa Barat** (2021, berita daring).
- Pemprov Jawa Barat mendorong pembangunan command center di kabupaten/kota. Pada Februari 2022 tercatat 13 kabupaten/kota di Jawa Barat sudah memiliki command center (2022, berita daring regional).`,
  problem: `### Masalah yang ingin diselesaikan

- **Data ada, tetapi tidak terbaca bersama.** Setiap perangkat daerah punya aplikasi dan laporan sendiri, sehingga pimpinan sulit melihat gambaran utuh.
- **Keputusan lambat atau salah sasaran.** Tanpa data yang mutakhir, program seperti penanganan stunting atau bantuan sosial mudah meleset dari sasaran. Gubernur Jawa Barat saat itu meringkasnya sebagai "good data, good decision; bad data, bad decision" (2021, berita daring).
- **Pemantauan kinerja aparatur** (surat tertunda, kehadiran, penilaian pegawai) masih manual.`,
  whatWasDone: `### Apa yang dilakukan

1. **Satu ruang, banyak dasbor.** Command Center menampilkan kamera pengawas lalu lintas dan keamanan (CCTV), serta sistem informasi yang terintegrasi: **e-Office, penilaian pegawai, penanggulangan stunting, perizinan, dan pariwisata** (2021, berita daring nasional).
2. **Data sampai tingkat desa.** Saat peresmian, Menteri PANRB waktu itu menyebut Command Center Sumedang memuat data penduduk dan desa, stunting, angka kemiskinan, dan rumah kumuh (2021, berita daring regional).
3. **Dipakai sebagai ruang keputusan dan ruang belajar.** Command Center menjadi tempat menerima kunjungan kepala daerah dan kementerian, termasuk kunjungan Menteri Dalam Negeri pada Oktober 2022 (2022, berita daring).`,
  results: `### Hasil

- Gubernur Jawa Barat menyebut Command Center Sumedang sebagai "wajah terbaik" visi Jabar Digital dan berharap seluruh 27 kabupaten/kota di Jawa Barat memiliki fasilitas serupa (2021, berita daring).
- Indeks SPBE Sumedang **3,81** untuk tahun 2020, disebut terbaik pertama tingkat nasional (2022, berita daring), dan **3,84** pada 2022, tertinggi di antara kabupaten/kota (hasil evaluasi SPBE 2022, dilaporkan media). Command Center adalah salah satu dari banyak faktor di balik angka ini, bukan satu-satunya penyebab.
- Sumber yang kami temukan tidak memuat angka dampak langsung (misalnya berapa keputusan yang berubah karena dasbor). Jika daerah Anda meniru, ukurlah dampak sejak awal (lihat Pelajaran).`,
  lessonsLearned: `### Pelajaran

**1. Dasbor hanya sebaik data yang mengisinya.** Tanpa manajemen data yang rapi (standar data, wali data, jadwal pemutakhiran), layar besar hanya menampilkan angka yang basi. Benahi dulu alur data dari perangkat daerah (Indikator 23, Penerapan Manajemen Data).

**2. Mulai dari keputusan, bukan dari layar.** Tanyakan dahulu: keputusan apa yang akan diambil pimpinan setiap minggu? Lalu tentukan data apa yang dibutuhkan. Jangan memulai dengan membeli layar dan perangkat.

**3. Jadwalkan pemakaian rutin.** Contoh ilustratif: rapat pimpinan mingguan 30 menit di Command Center yang membahas tiga dasbor (surat tertunda, stunting, perizinan), dengan tindak lanjut yang dicatat dan diperiksa pada rapat berikutnya.

**4. Keamanan data harus ikut dibangun.** Saat berkunjung pada Oktober 2022, Menteri Dalam Negeri mengapresiasi sistem Sumedang tetapi mengingatkan perlunya memperkuat keamanan data untuk mengantisipasi serangan peretas (2022, berita daring). Makin terpusat datanya, makin besar dampaknya bila bocor.

**5. Ketergantungan pada bantuan provinsi.** Pembangunannya dibiayai bantuan keuangan provinsi. Daerah yang meniru perlu merencanakan biaya operasional dan pemeliharaan tahunan dalam APBD sendiri sejak awal, agar fasilitas tidak terbengkalai setelah diresmikan.

**6. Ukur dampaknya.** Tetapkan ukuran sederhana sejak hari pertama, misalnya waktu rata-rata penyelesaian disposisi atau jumlah keluarga berisiko stunting yang ditindaklanjuti (ilustrasi), supaya manfaatnya bisa dibuktikan.

### Indikator SPBE yang terbantu

- **I23** Penerapan Manajemen Data
- **I16** Layanan Pusat Data
- **I40** Layanan Akuntabilitas Kinerja Organisasi
- **I43** Layanan Data Terbuka (bila sebagian data juga dibuka untuk publik)`,
  sources: [
    {
      title: 'Ridwan Kamil Apresiasi Sumedang Command Center (Republika)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://fbeta.republika.co.id/berita/qtlt8e380/ridwan-kamil-apresiasi-sumedang-command-center',
    },
    {
      title: 'Gubernur Apresiasi Sumedang Juara 1 SPBE (Zuritnews)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://zuritnews.com/gubernur-apresiasi-sumedang-juara-1-spbe/',
    },
    {
      title: 'Sumedang Masa Depan Transformasi Digital Jawa Barat (Jabar Ekspres)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://jabarekspres.com/berita/2021/02/23/sumedang-masa-depan-transformasi-digital-jawa-barat/2',
    },
    {
      title: 'Pemda Provinsi Jabar Luncurkan Enam Command Center Baru (Tribun Jabar)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://jabar.tribunnews.com/2022/02/10/pemda-provinsi-jabar-luncurkan-enam-command-center-baru?page=all',
    },
    {
      title: 'Mendagri Puji Penerapan Aplikasi E-Government di Pemkab Sumedang (Times Indonesia)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://timesindonesia.co.id/pemerintahan/433325/mendagri-puji-penerapan-aplikasi-egovernment-di-pemkab-sumedang',
    },
    {
      title: 'Hasil evaluasi SPBE 2022 untuk Kabupaten Sumedang, sebagaimana dilaporkan media',
      kind: 'berita daring',
      year: 2023,
    },
  ],
};

const CASE_WA_KEPO: SeedContent = {
  type: 'CASE_STUDY',
  slug: 'wa-kepo-dan-tahu-sumedang',
  title: 'WA KEPO dan Tahu Sumedang: layanan publik lewat WhatsApp',
  summary:
    'Pada Juli 2021 Sumedang meluncurkan WA KEPO (WhatsApp untuk Kebutuhan Informasi dan Pelayanan Online) dengan 15 portal, yang bertambah menjadi 16 portal pada 2022. WA KEPO melengkapi situs dan aplikasi Tahu Sumedang, karena warga lebih akrab dengan WhatsApp daripada mengunduh aplikasi. Studi kasus ini membahas cara memilih kanal layanan yang sudah dipakai warga.',
  level: 'BEGINNER',
  estimatedMinutes: 9,
  indicatorCodes: ['I42', 'I45', 'I46', 'I47'],
  context: `### Latar belakang

Sebelum WA KEPO, Sumedang sudah menyediakan informasi dan layanan lewat situs web dan aplikasi seluler **Tahu Sumedang** di Google Play (2021, berita daring).

Namun, menurut Bupati Sumedang saat peluncuran WA KEPO, minat warga mengunjungi situs dan mengunduh aplikasi cenderung menurun, sedangkan pemakaian aplikasi pesan dan media sosial meningkat. Survei pemda menunjukkan warga Sumedang, baik di kota maupun di desa, sangat akrab dengan WhatsApp (2021, berita daring).`,
  problem: `### Masalah yang ingin diselesaikan

- **Aplikasi khusus jarang diunduh.** Warga tidak mau memasang aplikasi baru untuk setiap urusan, dan memori ponsel terbatas.
- **Informasi tersebar.** Informasi pariwisata, kuliner, UMKM, layanan pemerintahan, dan Mal Pelayanan Publik ada di banyak tempat.
- **Kebutuhan musiman.** Saat momen besar seperti mudik Lebaran, warga butuh informasi cepat (jalur rawan macet, harga kebutuhan pokok) tanpa harus mencari di banyak situs.`,
  whatWasDone: `### Apa yang dilakukan

1. **Peluncuran WA KEPO.** Pada 15 Juli 2021, WA KEPO diluncurkan secara daring oleh Bupati Sumedang, Wakil Bupati, dan Direktur Jenderal Otonomi Daerah Kemendagri (2021, berita daring). WA KEPO adalah singkatan dari "WhatsApp untuk Kebutuhan Informasi dan Pelayanan Online".
2. **Akses semudah mungkin.** Warga cukup memindai kode QR, mengklik tautan WhatsApp, atau mengirim pesan ke nomor WA KEPO (2021, berita daring).
3. **Portal per tema.** Saat diluncurkan terdapat **15 portal**. Melaluinya warga dapat mengakses informasi dan layanan seperti pariwisata, kuliner, layanan pemerintahan, UMKM, potensi daerah, dan Mal Pelayanan Publik (2021, berita daring).
4. **Portal baru untuk kebutuhan musiman.** Menjelang Lebaran 2022 ditambahkan satu portal informasi mudik dan Lebaran sehingga menjadi **16 portal**. Kode QR ditempel di papan besar di jalan, pasar, dan jalan tol (2022, berita daring).
5. **Pembagian peran yang jelas.** Proses bisnis WA KEPO disiapkan Bagian Organisasi Setda, platformnya disempurnakan Diskominfo, dan data dasarnya berasal dari setiap perangkat daerah (2022, berita daring).`,
  results: `### Hasil

- **15 portal** saat peluncuran (Juli 2021), menjadi **16 portal** pada April 2022 (2022, berita daring yang mengutip Sekda Sumedang).
- Dirjen Otonomi Daerah Kemendagri saat itu menyebut Sumedang sebagai daerah yang "selalu menjadi yang pertama" menghadirkan hal baru dan dapat menjadi sistem pendukung bagi kabupaten/kota lain (2021, berita daring).
- Sumber yang kami temukan tidak memuat angka pemakaian (jumlah pengguna atau percakapan). Jika Anda meniru, catat angka itu sejak awal.`,
  lessonsLearned: `### Pelajaran

**1. Temui warga di kanal yang sudah mereka pakai.** Keputusan memakai WhatsApp didasarkan pada survei perilaku warga, bukan selera pembuat aplikasi. Lakukan survei singkat sebelum memilih kanal.

**2. Kanal baru melengkapi, tidak harus menggantikan.** WA KEPO tidak mematikan situs dan aplikasi Tahu Sumedang. Pastikan isinya bersumber dari data yang sama agar informasi tidak saling bertentangan.

**3. Isi lebih sulit daripada teknologi.** Sekda Sumedang menekankan bahwa WA KEPO butuh dukungan lintas perangkat daerah karena data dasarnya berasal dari setiap perangkat daerah (2022, berita daring). Tetapkan penanggung jawab isi per portal dan jadwal pemutakhirannya.

**4. Rencanakan kebutuhan musiman.** Portal mudik Lebaran 2022 menunjukkan bahwa struktur portal sebaiknya mudah ditambah untuk momen tertentu.

**5. Risiko yang perlu diantisipasi.** Sumber yang kami temukan tidak mencatat kegagalan besar. Risiko umumnya antara lain: ketergantungan pada platform pihak ketiga (aturan, biaya, dan pemblokiran nomor ada di luar kendali pemda), nomor palsu yang meniru layanan resmi, dan pesan warga yang tidak terjawab. Siapkan verifikasi nomor resmi, jam layanan yang jelas, dan jalur ke kanal resmi lain.

**6. Hubungkan dengan pengaduan resmi.** Bila WA KEPO atau layanan serupa menerima keluhan, teruskan keluhan itu ke sistem pengaduan resmi daerah (misalnya SP4N-LAPOR!) agar tercatat dan bisa dilacak penyelesaiannya. Ini panduan praktik, bukan ketentuan regulasi yang kami kutip.

### Indikator SPBE yang terbantu

- **I42** Layanan Pengaduan Pelayanan Publik (bila keluhan diteruskan dan ditindaklanjuti)
- **I45, I46, I47** Layanan Publik Sektor (bila layanan sektor yang dipilih daerah, misalnya pariwisata atau perizinan, diakses lewat kanal ini)`,
  sources: [
    {
      title: 'Pemkab Sumedang luncurkan Wa Kepo (ruber.id)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://ruber.id/?p=54754',
    },
    {
      title: 'Di Tengah Pandemi Covid-19, Pemkab Sumedang Terus Berinovasi dalam Digitalisasi (Galamedia)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://galamedia.pikiran-rakyat.com/news/pr-352224555/di-tengah-pandemi-covid-19-pemkab-sumedang-terus-berinovasi-dalam-digitalisasi',
    },
    {
      title: 'Kabupaten Sumedang Mampu Menjadi Kabupaten Andalan Mengembangkan Transformasi Digital (El Jabar)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://eljabar.com/kabupaten-sumedang-mampu-menjadi-kabupaten-andalan-mengembangkan-transformasi-digital/',
    },
    {
      title: 'Hadapi Mudik Lebaran, Pemkab Sumedang Siapkan WA Kepo (Sumedang Ekspres)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://sumedang.jabarekspres.com/2022/04/21/hadapi-mudik-lebaran-pemkab-sumedang-siapkan-wa-kepo',
    },
  ],
};

const CASE_SMART_CITY: SeedContent = {
  type: 'CASE_STUDY',
  slug: 'masterplan-smart-city-dan-dashboard-inovasi',
  title: 'Masterplan smart city Sumedang dan dasbor 119 inovasi perangkat daerah',
  summary:
    'Pada 2022 Sumedang menyusun masterplan smart city melalui bimbingan teknis bertahap. Sekitar 119 inovasi dari perangkat daerah tercatat di sebuah dasbor. Pesan utamanya: inovasi berangkat dari masalah dan proses bisnis, bukan langsung membuat aplikasi. Studi kasus ini juga membahas risiko inovasi yang berhenti setelah dicatat.',
  level: 'INTERMEDIATE',
  estimatedMinutes: 9,
  indicatorCodes: ['I14', 'I26', 'I20'],
  context: `### Latar belakang

Sumedang mengikuti program penyusunan masterplan kota cerdas (smart city) dengan pendampingan Tim Pembimbing Teknis Smart City dan Kementerian Kominfo (2022, berita daring). Bimbingan teknis (bimtek) tahap IV diselenggarakan Diskominfosanditik Sumedang pada 19 sampai 20 September 2022 (2022, berita daring).

Masterplan disusun mengikuti enam dimensi smart city: smart government, smart branding, smart economy, smart living, smart society, dan smart environment (2022, berita daring).`,
  problem: `### Masalah yang ingin diselesaikan

- **Inovasi tersebar dan tidak tercatat.** Banyak perangkat daerah punya inisiatif, tetapi tidak ada satu daftar yang bisa dipantau.
- **"Bikin aplikasi dulu, mikir belakangan."** Pola umum di banyak daerah: aplikasi dibuat tanpa memperbaiki proses kerjanya, lalu tidak dipakai.
- **Tidak ada peta jalan bersama** yang menghubungkan inovasi perangkat daerah dengan tujuan daerah.`,
  whatWasDone: `### Apa yang dilakukan

1. **Bimtek bertahap** untuk menyusun masterplan, dengan narasumber dari Tim Pembimbing Teknis Smart City dan Kementerian Kominfo (2022, berita daring).
2. **Inovasi dari masalah.** Pembimbing menekankan bahwa proses inovasi berangkat dari masalah dan kebutuhan, dimulai dari proses bisnis, "tidak tiba-tiba bikin aplikasi" (2022, berita daring).
3. **Quick win per dimensi.** Setiap perangkat daerah menyiapkan quick win (hasil cepat) untuk dimensi smart city-nya; manfaat dan dampaknya dievaluasi kemudian (2022, berita daring).
4. **Dasbor inovasi.** Inovasi perangkat daerah dicatat dan ditampilkan dalam sebuah dasbor sehingga bisa dipantau (2022, berita daring).
5. **Rencana aksi dan penandatanganan komitmen** oleh perangkat daerah teknis di akhir bimtek (2022, berita daring).`,
  results: `### Hasil

- Sekitar **119 inovasi** dari perangkat daerah tercatat di dasbor selama bimtek, dan masterplan dilaporkan "hampir rampung" (September 2022, berita daring).
- Bupati Sumedang meminta pimpinan perangkat daerah segera mengeksekusi rencana aksi agar inovasinya "fungsional, up to date, berlanjut, dan bermanfaat bagi masyarakat" (2022, berita daring).
- Pada 2023, dalam kunjungan ke Jakarta Smart City, Pj. Bupati Sumedang menilai produk digital Sumedang tidak jauh berbeda dari Jakarta; perbedaannya terutama pada "kemasan", sedangkan tantangannya adalah literasi digital warga yang masih tertinggal, dimulai dari literasi ASN (2023, berita daring).`,
  lessonsLearned: `### Pelajaran

**1. Mencatat tidak sama dengan menjalankan.** Angka 119 adalah jumlah inovasi yang tercatat, bukan jumlah inovasi yang berdampak. Pesan Bupati agar inovasi tetap fungsional dan diperbarui menunjukkan risikonya: inovasi berhenti setelah acara selesai. Beri setiap inovasi pemilik, ukuran keberhasilan, dan jadwal tinjauan.

**2. Proses bisnis dulu, aplikasi kemudian.** Gambarkan alur kerja saat ini, cari langkah yang bisa dipangkas, baru tentukan apakah perlu aplikasi. Cara ini juga menjadi bukti untuk Indikator 14 (Inovasi Proses Bisnis SPBE).

**3. Dasbor inovasi adalah alat manajemen pengetahuan.** Jika setiap inovasi dicatat dengan masalah, solusi, hasil, dan pelajaran, daerah lain dan perangkat daerah lain bisa belajar tanpa mengulang dari nol (Indikator 26).

**4. Kemasan dan literasi ikut menentukan.** Produk yang bagus tetapi sulit dipahami warga tidak akan dipakai. Anggarkan sosialisasi dan peningkatan literasi, mulai dari ASN sendiri.

**5. Gunakan jaringan pendamping.** Pendampingan dari kementerian dan pembimbing teknis mempercepat penyusunan masterplan (Indikator 20, Kolaborasi Penerapan SPBE).

### Indikator SPBE yang terbantu

- **I14** Inovasi Proses Bisnis SPBE
- **I26** Penerapan Manajemen Pengetahuan
- **I20** Kolaborasi Penerapan SPBE`,
  sources: [
    {
      title: 'Selangkah Lagi Masterplan Smart City Sumedang Rampung (Bisnis.com)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://bandung.bisnis.com/read/20220921/549/1579822/selangkah-lagi-masterplan-smart-city-sumedang-rampung',
    },
    {
      title: 'Pemkab Sumedang Kumpulkan Grand Design Inovasi Smart City (Jurnal Jabar)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://jurnaljabar.id/bewara/pemkab-sumedang-kumpulkan-grand-design-inovasi-smart-city-b2fq59dPJ',
    },
    {
      title: 'Inovasi Digital, Jakarta dan Sumedang, Berbeda Kemasan Namun Sejalan (Tribun Jabar)',
      kind: 'berita daring',
      year: 2023,
      url: 'https://jabar.tribunnews.com/2023/11/28/inovasi-digital-jakarta-dan-sumedang-berbeda-kemasan-namun-sejalan',
    },
  ],
};

const CASE_REPLIKASI: SeedContent = {
  type: 'CASE_STUDY',
  slug: 'replikasi-e-office-sumedang-ke-daerah-lain',
  title: 'Replikasi e-Office Sumedang ke daerah lain: dari studi banding ke studi tiru',
  summary:
    'Puluhan daerah berkunjung ke Sumedang, tetapi tindak lanjutnya tidak jelas. Sumedang lalu mengubah "studi banding" menjadi "studi tiru": hibah aplikasi e-Office, kerja sama lewat MoU (antara lain dengan Kabupaten Kuningan), komitmen 62 kepala daerah (November 2022), dan kesepakatan 8 kabupaten/kota di Jawa Barat (Juli 2023). Studi kasus ini membahas apa yang membuat replikasi benar-benar terjadi.',
  level: 'INTERMEDIATE',
  estimatedMinutes: 12,
  indicatorCodes: ['I20', 'I18', 'I15'],
  context: `### Latar belakang

Setelah nilai indeks SPBE Sumedang naik (3,81 untuk 2020, disebut terbaik pertama nasional; 2022, berita daring), banyak daerah datang untuk belajar. Beberapa contoh yang diberitakan:

- Kota Sukabumi datang untuk belajar e-Office dan e-SAKIP (Desember 2020, berita daring).
- Kabupaten Bandung dan Kabupaten Pangandaran dilaporkan mempelajari e-Office untuk membangun aplikasi serupa di daerahnya (sekitar 2021, berita daring yang mengutip Sekda Sumedang).
- Kabupaten Ogan Ilir (Sumatera Selatan) datang atas rekomendasi Kementerian PANRB dan Kemendagri, dan berharap aplikasi yang akan dihibahkan dapat diterapkan di daerahnya (Desember 2021, berita daring).
- Kabupaten Bojonegoro menandatangani MoU dengan Sumedang yang mencakup hibah aplikasi e-Office, e-Office Desa, dan e-SAKIP serta alih pengetahuan (2022, berita daring).`,
  problem: `### Masalah: kunjungan banyak, tindak lanjut sedikit

Bupati Sumedang menyebut sudah ada 52 kabupaten/kota dan lebih dari 20 kementerian/lembaga/NGO yang studi banding ke Sumedang, tetapi khusus untuk kabupaten/kota, tindak lanjutnya tidak jelas. "Sayang kalau formalitas, padahal sumber daya yang dikeluarkan cukup besar" (2022, berita daring). Pada akhir 2022, jumlah kabupaten/kota yang berkunjung disebut mencapai 62 (2022, berita daring).

Akar masalahnya (rangkuman kami dari pemberitaan):

- kunjungan berakhir di presentasi dan foto bersama, tanpa rencana aksi;
- tidak ada kesepakatan tertulis tentang apa yang dibagikan (kode sumber, pendampingan, pelatihan);
- daerah penerima belum menyiapkan kebijakan, infrastruktur, dan SDM;
- tidak ada yang memantau kemajuan setelah kunjungan.`,
  whatWasDone: `### Apa yang dilakukan

1. **Mengganti format: studi banding menjadi studi tiru.** Menurut Sekda Sumedang saat itu, format studi banding digeser menjadi studi tiru: "tidak hanya membandingkan saja tetapi langsung meniru, aksi dan eksekusi" (2022, berita daring).
2. **Hibah aplikasi dan kesepakatan tertulis.** Sumedang menghibahkan aplikasi e-Office, e-Office Desa, dan e-SAKIP kepada Kabupaten Bojonegoro melalui MoU (2022, berita daring).
3. **Kerja sama dengan Kabupaten Kuningan.** Replikasi sistem aplikasi terintegrasi dilakukan di bawah Nota Kesepahaman (MoU) antara kedua daerah. MoU itu dilaporkan berlaku sampai Agustus 2026 dan akan diperkuat dengan Perjanjian Kerja Sama (PKS) yang lebih teknis (2026, berita daring).
4. **Platform Digital Services Living Lab.** Platform kolaborasi daerah dan pusat ini lahir sebagai proyek perubahan Sekda Sumedang dalam Pelatihan Kepemimpinan Nasional Tingkat I (2022, berita daring). Rangkaiannya:
   - pertemuan pertama di Jakarta, difasilitasi Kemendagri, untuk para Sekda dan Kepala Diskominfo;
   - pertemuan kedua berupa lokakarya di Jatinangor untuk kepala bidang informatika dan operator (7 November 2022);
   - pertemuan ketiga di Bali, tempat **62 bupati/wali kota menandatangani komitmen bersama** pada 21 November 2022 (2022, berita daring).
5. **Tingkat provinsi.** Pada 12 Juli 2023, **8 kabupaten/kota di Jawa Barat** menandatangani kesepakatan penerapan platform Digital Services Living Lab secara daring dengan tanda tangan elektronik; Sekda Jawa Barat saat itu berharap 19 kabupaten/kota lainnya segera menyusul (2023, berita daring).`,
  results: `### Hasil

- **62 kepala daerah** menandatangani komitmen bersama Digital Services Living Lab (21 November 2022, berita daring nasional).
- **8 kabupaten/kota di Jawa Barat** menandatangani kesepakatan penerapan (12 Juli 2023, berita daring). Menurut Sekda Jawa Barat saat itu, simulasi indeks gabungan delapan daerah tersebut bersama provinsi menghasilkan sekitar 3,53 (2023, berita daring).
- Aplikasi Sumedang dihibahkan atau dipelajari oleh sejumlah daerah (Bojonegoro, Ogan Ilir, Kabupaten Bandung, Pangandaran, Kuningan; berita daring 2020 sampai 2026).
- Indeks SPBE Provinsi Jawa Barat naik dari 3,37 (2022, predikat Baik) menjadi 4,14 (2023, target 4,5), dan rata-rata kabupaten/kota di Jawa Barat tercatat 3,38 pada 2023 (target 3,8) (hasil evaluasi SPBE, dilaporkan media dan pemprov pada Agustus 2024, saat hasil terakhir adalah evaluasi 2023). Kenaikan ini tidak bisa diklaim semata hasil replikasi e-Office.`,
  lessonsLearned: `### Pelajaran

**1. Kunjungan bukan hasil.** Yang dihitung adalah apa yang berjalan di daerah penerima 6 sampai 12 bulan kemudian. Tutup setiap kunjungan dengan rencana aksi tertulis, lengkap dengan penanggung jawab dan tanggal.

**2. Komitmen politik menentukan.** Sekda Sumedang menekankan perlunya kemauan politik (political will) dari pimpinan daerah masing-masing (2022, berita daring). Tanpa tanda tangan kepala daerah, replikasi mudah berhenti di tingkat teknis.

**3. MoU hanya pintu masuk.** Pengalaman dengan Kuningan menunjukkan urutannya: MoU, lalu PKS teknis yang mengatur hal konkret (serah terima kode sumber, lisensi, pendampingan, pelatihan, dukungan setelah peluncuran).

**4. Meniru berarti menyesuaikan.** Aplikasi yang dihibahkan tetap perlu disesuaikan dengan tata naskah dinas, struktur organisasi, dan infrastruktur daerah penerima.

**5. Jangan ulangi kesalahan Sumedang.** Kegagalan presensi e-Office pada 2 Juni 2020 (sekitar 90% perangkat daerah error; 2020, berita daring lokal) adalah pelajaran berharga bagi daerah penerima: lakukan uji beban, luncurkan bertahap, siapkan cadangan manual, dan pastikan pemda memegang kode sumber.

**6. Gotong royong pembiayaan.** Kegiatan Living Lab tidak hanya dibiayai APBD Sumedang, tetapi juga provinsi, kementerian, dan swasta (2022, berita daring). Replikasi yang sehat tidak membebani satu daerah saja.

### Indikator SPBE yang terbantu

- **I20** Kolaborasi Penerapan SPBE (kerja sama antardaerah, MoU, PKS)
- **I18** Penggunaan Sistem Penghubung Layanan (integrasi aplikasi yang direplikasi)
- **I15** Pembangunan Aplikasi SPBE (memakai aplikasi yang sudah ada, tidak membangun dari nol)`,
  sources: [
    {
      title: 'Lewat Aplikasi e-Office, Kabupaten Sumedang Menuju Happy Digital Region (JPNN)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://m.jpnn.com/news/lewat-aplikasi-e-office-kabupaten-sumedang-menuju-happy-digital-region?page=2',
    },
    {
      title: 'Waduh, Wali Kota Sukabumi Rela Tukar Gamelan Parakan Salak yang Bersejarah Dengan E-Office (Galamedia)',
      kind: 'berita daring',
      year: 2020,
      url: 'https://galamedia.pikiran-rakyat.com/news/pr-351155235/waduh-wali-kota-sukabumi-rela-tukar-gamelan-parakan-salak-yang-bersejarah-dengan-e-office',
    },
    {
      title: 'Sumedang Jadi Acuan E-Office dan SPBE se-Indonesia (Jabar Ekspres)',
      kind: 'berita daring',
      year: 2021,
      url: 'https://jabarekspres.com/berita/2021/12/01/sumedang-jadi-acuan-e-office-dan-spbe-se-indonesia',
    },
    {
      title: 'Pemkab Sumedang Hibahkan Aplikasi e-Office dan e-SAKIP kepada Pemkab Bojonegoro (Korsum)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://korsum.id/pemkab-sumedang-hibahkan-aplikasi-e-office-dan-e-sakip-kepada-pemkab-bojonegoro',
    },
    {
      title: 'Bertemu Bupati Sumedang, MenPAN Minta Proyek Perubahan Digital Services Living Lab Dieksekusi (iNews Bandung Raya)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://bandungraya.inews.id/amp/205586/bertemu-bupati-sumedang-menpan-minta-proyek-perubahan-digital-services-living-lab-dieksekusi/2',
    },
    {
      title: 'Digital Services Living Lab, dari Sumedang untuk Indonesia (Sumedang Ekspres)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://sumedang.jabarekspres.com/2022/11/17/digital-services-living-lab-dari-sumedang-untuk-indonesia/2/',
    },
    {
      title: '62 Kepala Daerah Tandatangani Komitmen Aplikasi Digital Services Living Lab (Bisnis.com)',
      kind: 'berita daring',
      year: 2022,
      url: 'https://bandung.bisnis.com/read/20221122/549/1600946/62-kepala-daerah-tandatangani-komitmen-aplikasi-digital-services-living-lab',
    },
    {
      title: 'Platform Digital Service Living Lab: delapan kabupaten/kota di Jawa Barat sepakat menerapkan (Jabar Ekspres)',
      kind: 'berita daring',
      year: 2023,
      url: 'https://pasundan.jabarekspres.com/2023/07/14/platform-digital-service-living-lab',
    },
    {
      title: 'Pemkab Kuningan Studi Banding Inovasi Digital ke Sumedang (Patroli Cyber)',
      kind: 'berita daring',
      year: 2026,
      url: 'https://www.patrolicyber.com/pemkab-kuningan-studi-banding-inovasi-digital-ke-sumedang',
    },
    {
      title: 'Hasil evaluasi SPBE Provinsi Jawa Barat dan rata-rata kabupaten/kota 2022 dan 2023, sebagaimana dilaporkan media',
      kind: 'berita daring',
      year: 2025,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Playbook
// ---------------------------------------------------------------------------------------------

const PLAYBOOK_E_OFFICE: SeedContent = {
  type: 'PLAYBOOK',
  slug: 'playbook-replikasi-e-office-sumedang',
  title: 'Replikasi e-Office Sumedang',
  summary:
    'Langkah demi langkah bagi kabupaten/kota yang ingin meniru e-Office Sumedang (TTE, surat dan disposisi digital, presensi): dari komitmen pimpinan dan MoU, serah terima kode sumber, uji beban, pelatihan, dan uji coba terbatas, sampai peluncuran bertahap dan pemantauan. Setiap langkah memuat penanggung jawab, perkiraan durasi, dan bukti yang bisa ditunjukkan kepada asesor SPBE.',
  level: 'INTERMEDIATE',
  estimatedMinutes: 20,
  indicatorCodes: ['I37', 'I41', 'I36', 'I15', 'I18', 'I20'],
  serviceName: 'e-Office Sumedang (super-aplikasi perkantoran: TTE, surat dan disposisi digital, presensi)',
  prerequisites: `### Sebelum memulai

Playbook ini adalah panduan praktik yang disusun dari pengalaman Sumedang dan daerah yang menirunya. Durasi setiap langkah adalah perkiraan (ilustrasi); sesuaikan dengan kondisi daerah Anda.

**Kebijakan dan kelembagaan**

- Kepala daerah dan Sekda bersedia menandatangani komitmen serta menjadi sponsor program.
- Tim Koordinasi SPBE sudah dibentuk, atau setidaknya ada tim implementasi yang ditunjuk Sekda.
- Ada bagian hukum yang siap menyusun Peraturan Bupati/Wali Kota tentang tata naskah dinas elektronik.

**Infrastruktur**

- Pusat data atau ruang server milik pemda (atau layanan pusat data yang sah), dengan cadangan data (backup).
- Jaringan internet di kantor perangkat daerah, kecamatan, dan bila perlu desa.
- Sertifikat elektronik untuk TTE bagi pejabat penanda tangan, melalui Balai Sertifikasi Elektronik (BSrE) di bawah BSSN atau penyelenggara sertifikasi elektronik yang diakui.

**Sumber daya manusia**

- Minimal dua pengelola teknis di Diskominfo yang akan memegang kode sumber dan server.
- Satu admin (operator) di setiap perangkat daerah.
- Perwakilan Bagian Organisasi, BKPSDM (kepegawaian), dan dinas kearsipan untuk menyesuaikan proses bisnis.

**Anggaran**

- Biaya operasional dan pemeliharaan tahunan (server, jaringan, sertifikat, pelatihan) masuk APBD. Hibah aplikasi tidak berarti operasionalnya gratis.

**Pelajaran dari Sumedang yang wajib diingat**

Pada 2 Juni 2020, hari pertama presensi digital wajib bagi seluruh ASN, hampir 90% perangkat daerah di Sumedang mengalami error dan Setda beralih ke absen manual (2020, berita daring lokal). Karena itu playbook ini memuat uji beban, uji coba terbatas, peluncuran bertahap, dan SOP cadangan sebagai langkah wajib, bukan pilihan.`,
  steps: [
    {
      title: 'Komitmen pimpinan dan penunjukan tim implementasi',
      description: `Kepala daerah menyatakan komitmen untuk meniru e-Office, lalu Sekda menunjuk tim implementasi lintas perangkat daerah: Diskominfo (teknis), Bagian Organisasi (proses bisnis), BKPSDM (kepegawaian), dinas kearsipan (naskah dinas), dan Bagian Hukum.

- Tetapkan satu ketua harian yang bertanggung jawab setiap hari.
- Tetapkan tujuan yang terukur, misalnya "seluruh surat antarperangkat daerah lewat e-Office dalam 6 bulan" (ilustrasi).`,
      responsibleRole: 'Bupati/Wali Kota dan Sekretaris Daerah',
      estimatedDays: 7,
      evidence: 'Surat pernyataan komitmen kepala daerah dan SK/Nota Dinas Sekda tentang tim implementasi e-Office',
    },
    {
      title: 'Studi tiru ke Sumedang dan asesmen kesiapan',
      description: `Kunjungi Sumedang (langsung atau daring lewat Living Lab) dengan tujuan meniru, bukan sekadar membandingkan. Bawa daftar pertanyaan teknis dan pulang dengan rencana aksi.

Setelah itu, lakukan asesmen kesiapan:

- infrastruktur (server, jaringan, cadangan data),
- SDM pengelola,
- aturan tata naskah dinas yang berlaku,
- jumlah pengguna dan perkiraan jam sibuk presensi.`,
      responsibleRole: 'Kepala Diskominfo',
      estimatedDays: 14,
      evidence: 'Laporan studi tiru berisi rencana aksi, dan laporan asesmen kesiapan (gap analysis) yang ditandatangani Kepala Diskominfo',
    },
    {
      title: 'Kesepakatan kerja sama: MoU lalu PKS',
      description: `Tanda tangani Nota Kesepahaman (MoU) antarkepala daerah, lalu Perjanjian Kerja Sama (PKS) antarperangkat daerah teknis. PKS harus mengatur hal konkret:

- serah terima kode sumber dan dokumentasi,
- hak pakai atau lisensi dan larangan pengalihan ke pihak lain,
- pendampingan teknis dan pelatihan,
- dukungan setelah peluncuran dan jangka waktunya.

Contoh nyata: kerja sama Sumedang dengan Kabupaten Kuningan berjalan di bawah MoU dan akan diperkuat dengan PKS teknis (2026, berita daring).`,
      responsibleRole: 'Bupati/Wali Kota, Bagian Kerja Sama Setda, dan Kepala Diskominfo',
      estimatedDays: 30,
      evidence: 'MoU yang ditandatangani kedua kepala daerah dan PKS teknis yang ditandatangani kepala perangkat daerah',
    },
    {
      title: 'Menetapkan dasar hukum internal',
      description: `Susun dan tetapkan regulasi yang membuat e-Office sah dan wajib dipakai:

- Peraturan Bupati/Wali Kota tentang tata naskah dinas elektronik dan penggunaan TTE,
- ketentuan presensi elektronik (termasuk ketentuan saat sistem gangguan),
- penetapan e-Office sebagai aplikasi umum di lingkungan pemda.

Libatkan Bagian Hukum sejak awal agar tidak terlambat.`,
      responsibleRole: 'Kepala Bagian Hukum dan Kepala Bagian Organisasi Setda',
      estimatedDays: 30,
      evidence: 'Peraturan Bupati/Wali Kota tentang tata naskah dinas elektronik dan presensi elektronik yang telah diundangkan',
    },
    {
      title: 'Serah terima kode sumber dan penyiapan infrastruktur',
      description: `Terima kode sumber, basis data awal, dan dokumentasi dari Sumedang, lalu pasang di server milik pemda.

- Pastikan Diskominfo memegang kode sumber dan akses penuh ke log aplikasi. Di Sumedang pada 2020, Diskominfo tidak memegang kode sumber aplikasi buatan pihak ketiga sehingga tidak bisa memeriksa penyebab error (2020, berita daring lokal).
- Siapkan lingkungan uji (staging) terpisah dari lingkungan produksi.
- Atur cadangan data harian dan uji pemulihannya.`,
      responsibleRole: 'Kepala Diskominfo',
      estimatedDays: 21,
      evidence: 'Berita acara serah terima kode sumber dan dokumentasi, serta berita acara instalasi di server pemda',
    },
    {
      title: 'Integrasi TTE dan data kepegawaian',
      description: `Hubungkan e-Office dengan:

- layanan sertifikat elektronik untuk TTE (ajukan sertifikat bagi seluruh pejabat penanda tangan),
- data pegawai dari BKPSDM (nama, jabatan, unit kerja) agar struktur disposisi sesuai,
- aplikasi lain yang sudah ada, melalui sistem penghubung layanan.`,
      responsibleRole: 'Kepala Diskominfo bersama Kepala BKPSDM',
      estimatedDays: 21,
      evidence: 'Daftar pejabat yang sudah memiliki sertifikat elektronik dan dokumen hasil uji integrasi data kepegawaian',
    },
    {
      title: 'Penyesuaian proses bisnis',
      description: `Sesuaikan aplikasi dengan cara kerja daerah Anda, bukan sebaliknya:

- alur surat masuk, surat keluar, dan disposisi per jenis naskah,
- kode klasifikasi arsip sesuai ketentuan kearsipan daerah,
- aturan presensi (jam kerja, lokasi, pengecualian tugas luar).

Gambarkan alurnya dalam peta proses bisnis dan minta pengesahan.`,
      responsibleRole: 'Kepala Bagian Organisasi Setda dan Kepala Dinas Kearsipan',
      estimatedDays: 14,
      evidence: 'Peta proses bisnis naskah dinas dan presensi yang disahkan Sekda',
    },
    {
      title: 'Uji beban dan uji keamanan',
      description: `Sebelum ada yang wajib memakai aplikasi:

- **Uji beban:** simulasikan jam sibuk, misalnya seluruh pegawai presensi dalam 30 menit sebelum jam masuk (ilustrasi). Catat waktu respons dan batas kapasitas.
- **Uji keamanan:** lakukan penilaian kerentanan dan uji penetrasi, bisa bekerja sama dengan BSSN atau CSIRT daerah.
- Perbaiki temuan, lalu uji ulang.`,
      responsibleRole: 'Kepala Diskominfo',
      estimatedDays: 10,
      evidence:
        'Laporan uji beban (kapasitas pengguna bersamaan dan waktu respons) dan laporan uji keamanan beserta bukti perbaikan temuan',
    },
    {
      title: 'Pelatihan admin dan pengguna',
      description: `Latih dalam dua lapis:

- **Pelatihan untuk pelatih (ToT):** admin perangkat daerah dilatih Diskominfo, dengan pendampingan tim Sumedang.
- **Pelatihan pengguna:** admin melatih pegawai di perangkat daerahnya masing-masing, dengan materi singkat yang bisa dibuka di ponsel.

Ukur hasilnya dengan tes singkat setelah pelatihan.`,
      responsibleRole: 'Kepala BKPSDM dan Kepala Diskominfo',
      estimatedDays: 14,
      evidence: 'Daftar hadir pelatihan, materi pelatihan, dan rekap hasil tes setelah pelatihan',
    },
    {
      title: 'Uji coba terbatas (pilot) dengan SOP cadangan',
      description: `Jalankan e-Office di 2 sampai 3 perangkat daerah selama beberapa minggu sebelum diwajibkan untuk semua.

- Siapkan SOP cadangan: kapan beralih ke presensi atau surat manual, siapa yang memutuskan, dan bagaimana data manual dimasukkan kembali.
- Catat setiap gangguan dan waktu pemulihannya.
- Kumpulkan masukan pengguna setiap minggu.`,
      responsibleRole: 'Ketua tim implementasi e-Office',
      estimatedDays: 30,
      evidence:
        'Laporan pilot berisi tingkat keberhasilan presensi, jumlah surat yang diproses, daftar insiden, dan SOP cadangan yang disahkan',
    },
    {
      title: 'Peluncuran bertahap',
      description: `Wajibkan pemakaian per gelombang, misalnya tiga gelombang dengan jeda dua minggu (ilustrasi), bukan seluruh perangkat daerah dalam satu hari.

- Terbitkan surat edaran yang memuat jadwal gelombang dan SOP cadangan.
- Sediakan helpdesk (nomor dan jam layanan yang jelas) selama masa peluncuran.
- Pantau kinerja server secara langsung pada jam sibuk hari-hari pertama.`,
      responsibleRole: 'Sekretaris Daerah dan Kepala Diskominfo',
      estimatedDays: 30,
      evidence: 'Surat Edaran Bupati/Sekda tentang jadwal penerapan e-Office per gelombang dan rekap harian tiket helpdesk',
    },
    {
      title: 'Pemantauan, evaluasi, dan pelaporan',
      description: `Setelah semua perangkat daerah memakai e-Office:

- pantau ketersediaan layanan (uptime) dan waktu respons setiap bulan,
- pantau adopsi: persentase surat yang dikirim lewat e-Office dan persentase presensi elektronik,
- laporkan ke Tim Koordinasi SPBE dan simpan sebagai bukti dukung evaluasi SPBE,
- bagikan pelajaran ke daerah lain lewat Living Lab.`,
      responsibleRole: 'Tim Koordinasi SPBE',
      estimatedDays: 90,
      evidence: 'Laporan uptime bulanan, laporan evaluasi tiga bulan pertama, dan notulen rapat Tim Koordinasi SPBE yang membahasnya',
    },
  ],
  caseStudySlug: 'replikasi-e-office-sumedang-ke-daerah-lain',
};

// ---------------------------------------------------------------------------------------------
// Modul
// ---------------------------------------------------------------------------------------------

const MODULE_PENGANTAR: SeedContent = {
  type: 'MODULE',
  slug: 'pengantar-spbe-dan-indeks-spbe',
  title: 'Pengantar SPBE dan Indeks SPBE',
  summary:
    'Modul dasar untuk ASN yang baru terlibat dalam SPBE: apa itu SPBE menurut Perpres 95/2018, bagaimana evaluasinya menurut PermenPANRB 59/2020 (4 domain, 8 aspek, 47 indikator), tingkat kematangan, cara menghitung indeks, predikat, contoh perhitungan, serta posisi Jawa Barat dan Sumedang berdasarkan nilai yang dipublikasikan.',
  level: 'BEGINNER',
  estimatedMinutes: 45,
  indicatorCodes: [],
  lessons: [
    {
      title: 'Apa itu SPBE?',
      body: `### SPBE dalam satu kalimat

**Sistem Pemerintahan Berbasis Elektronik (SPBE)** adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE, yaitu instansi pemerintah, ASN, pelaku usaha, dan masyarakat. Dasar hukumnya adalah **Peraturan Presiden Nomor 95 Tahun 2018 tentang SPBE**.

Dengan kata lain, SPBE bukan sekadar "punya banyak aplikasi". SPBE adalah cara pemerintah bekerja: merencanakan, menganggarkan, melayani, dan mengawasi dengan dukungan teknologi yang terpadu.

### Mengapa SPBE penting bagi daerah?

- **Layanan lebih cepat.** Surat yang dulu berpindah dari meja ke meja bisa ditandatangani secara elektronik dalam hitungan menit.
- **Keputusan berbasis data.** Pimpinan bisa melihat data kepegawaian, keuangan, dan layanan publik dalam satu tampilan.
- **Hemat anggaran.** Aplikasi yang dipakai bersama mengurangi pembangunan aplikasi ganda di setiap perangkat daerah.
- **Akuntabilitas.** Setiap proses meninggalkan jejak digital yang bisa diperiksa.

### Unsur-unsur SPBE

Secara sederhana, SPBE di sebuah kabupaten/kota terdiri atas:

1. **Kebijakan internal**, misalnya Peraturan Bupati tentang arsitektur SPBE, manajemen data, atau keamanan informasi.
2. **Tata kelola**, misalnya arsitektur SPBE, peta rencana, dan Tim Koordinasi SPBE.
3. **Manajemen**, misalnya manajemen risiko, keamanan informasi, data, aset TIK, SDM, pengetahuan, perubahan, dan layanan.
4. **Layanan**, yaitu layanan administrasi pemerintahan (perencanaan, keuangan, kepegawaian, kearsipan, dan lainnya) serta layanan publik (pengaduan, data terbuka, JDIH, dan layanan sektor).

Keempat unsur ini sama dengan empat domain dalam evaluasi SPBE yang akan dibahas di pelajaran berikutnya.

### Siapa yang terlibat?

SPBE bukan urusan Diskominfo saja. Di kabupaten/kota, biasanya terlibat:

- **Kepala daerah dan Sekda** sebagai pengarah dan penggerak,
- **Tim Koordinasi SPBE** sebagai pengoordinasi lintas perangkat daerah,
- **Diskominfo** sebagai pengelola teknis,
- **Bappeda dan BPKAD** untuk keterpaduan rencana dan anggaran,
- **Bagian Organisasi** untuk proses bisnis,
- **seluruh perangkat daerah** sebagai pemilik layanan.

### Contoh dari Sumedang

Kabupaten Sumedang memulai dari kebutuhan kantor sehari-hari: super-aplikasi **e-Office** (surat, disposisi, TTE, presensi), lalu **Command Center** untuk membaca data bersama, dan **WA KEPO** agar warga bisa mengakses informasi lewat WhatsApp. Indeks SPBE-nya naik dari 2,46 pada 2019 menjadi 3,84 pada 2022 (hasil evaluasi SPBE yang dilaporkan media). Detailnya ada di studi kasus.

### Catatan tentang aturan yang berlaku

Aturan SPBE dapat berubah. Media melaporkan adanya kerangka penerus bernama "Indeks Pemerintah Digital", tetapi informasi ini belum kami verifikasi. Selalu periksa aturan terbaru dari Kementerian PANRB sebelum menyusun rencana.

### Rangkuman

- SPBE diatur oleh Perpres 95/2018.
- SPBE adalah cara kerja pemerintah, bukan sekadar kumpulan aplikasi.
- SPBE melibatkan seluruh perangkat daerah, dipimpin Sekda dan dikoordinasikan Tim Koordinasi SPBE.`,
    },
    {
      title: 'Evaluasi SPBE: 4 domain, 8 aspek, 47 indikator',
      body: `### Dasar evaluasi

Kemajuan SPBE setiap instansi dinilai melalui **evaluasi SPBE**. Aturan untuk evaluasi tahun 2021 sampai 2025 adalah **PermenPANRB Nomor 59 Tahun 2020** tentang Pemantauan dan Evaluasi SPBE, yang menggantikan **PermenPANRB Nomor 5 Tahun 2018**. Sejak Juni 2026, PermenPANRB 59/2020 dicabut oleh **PermenPANRB Nomor 8 Tahun 2026**: evaluasi mulai 2026 memakai **Indeks Pemerintah Digital** (lihat modul *Dari SPBE ke Pemerintah Digital*). Modul ini menjelaskan indeks SPBE, yang tetap menjadi riwayat dan titik awal setiap daerah. Aturan lama memakai 3 domain, 7 aspek, dan 35 indikator. Pedoman rinci untuk 47 indikator dimuat dalam **KepmenPANRB Nomor 962 Tahun 2021**.

### Struktur penilaian

Evaluasi menurut PermenPANRB 59/2020 terdiri atas **4 domain, 8 aspek, dan 47 indikator**. Setiap domain punya bobot, dan jumlah seluruh bobot adalah 100%.

**Domain 1. Kebijakan Internal SPBE (13%)**

- Aspek 1, Kebijakan Internal Tata Kelola SPBE: Indikator 1 sampai 10, masing-masing 1,3%.
- Contoh: I01 Kebijakan Internal Arsitektur SPBE, I08 Kebijakan Internal Manajemen Keamanan Informasi, I10 Kebijakan Internal Tim Koordinasi SPBE.

**Domain 2. Tata Kelola SPBE (25%)**

- Aspek 2, Perencanaan Strategis SPBE: Indikator 11 sampai 14 (Arsitektur SPBE, Peta Rencana SPBE, Keterpaduan Rencana dan Anggaran SPBE, Inovasi Proses Bisnis SPBE).
- Aspek 3, Teknologi Informasi dan Komunikasi: Indikator 15 sampai 18 (Pembangunan Aplikasi SPBE, Layanan Pusat Data, Layanan Jaringan Intra, Penggunaan Sistem Penghubung Layanan).
- Aspek 4, Penyelenggara SPBE: Indikator 19 sampai 20 (Tim Koordinasi SPBE, Kolaborasi Penerapan SPBE).
- Setiap indikator di domain ini berbobot 2,5%.

**Domain 3. Manajemen SPBE (16,5%)**

- Aspek 5, Penerapan Manajemen SPBE: Indikator 21 sampai 28 (manajemen risiko, keamanan informasi, data, aset TIK, kompetensi SDM, pengetahuan, perubahan, dan layanan SPBE).
- Aspek 6, Audit TIK: Indikator 29 sampai 31 (audit infrastruktur, aplikasi, dan keamanan SPBE).
- Setiap indikator di domain ini berbobot 1,5%.

**Domain 4. Layanan SPBE (45,5%)**

- Aspek 7, Layanan Administrasi Pemerintahan Berbasis Elektronik: Indikator 32 sampai 41 (perencanaan, penganggaran, keuangan, pengadaan barang/jasa, kepegawaian, kearsipan dinamis, pengelolaan BMN/BMD, pengawasan internal, akuntabilitas kinerja organisasi, kinerja pegawai), masing-masing 2,75%.
- Aspek 8, Layanan Publik Berbasis Elektronik: Indikator 42 sampai 47 (pengaduan pelayanan publik, data terbuka, JDIH, dan tiga layanan publik sektor yang dipilih instansi), masing-masing 3%.

Catatan: bobot 13% untuk Domain 1 kami turunkan dari 100% dikurangi bobot tiga domain lainnya. Nama indikator di atas sebaiknya dicocokkan dengan lampiran regulasi.

### Apa artinya bagi daerah?

Perhatikan bobotnya. **Domain Layanan bernilai hampir separuh indeks (45,5%).** Satu indikator layanan publik (3%) bobotnya lebih dari dua kali satu indikator kebijakan internal (1,3%). Namun, jangan abaikan domain lain: kebijakan dan tata kelola adalah fondasi agar layanan bisa berjalan dan dibuktikan.

### Cara evaluasi berjalan (gambaran umum)

Secara umum, evaluasi dimulai dengan **penilaian mandiri** oleh instansi: instansi memilih tingkat kematangan untuk setiap indikator dan mengunggah bukti dukung. Setelah itu asesor memeriksa dokumen, dan dapat melakukan wawancara atau kunjungan lapangan. Ikuti jadwal dan petunjuk teknis resmi yang diterbitkan setiap periode evaluasi.

### Rangkuman

- PermenPANRB 59/2020 menggantikan PermenPANRB 5/2018.
- 4 domain, 8 aspek, 47 indikator; bobot domain 13%, 25%, 16,5%, dan 45,5%.
- Domain Layanan punya bobot terbesar, tetapi bertumpu pada kebijakan dan tata kelola.`,
    },
    {
      title: 'Tingkat kematangan dan predikat',
      body: `### Lima tingkat kematangan

Setiap indikator dinilai pada **tingkat kematangan 1 sampai 5**. Untuk domain kebijakan, tata kelola, dan manajemen, tingkat ini menggambarkan kapabilitas proses:

1. **Rintisan**: kegiatan atau kebijakan baru dimulai, belum lengkap, dan belum konsisten.
2. **Terkelola**: sudah dijalankan dan dikelola, tetapi belum seragam di seluruh instansi.
3. **Terdefinisi**: sudah dibakukan dan berlaku di seluruh instansi.
4. **Terpadu dan Terukur**: sudah terpadu antarunit dan kinerjanya diukur secara berkala.
5. **Optimum**: terus diperbaiki dan disesuaikan dengan perubahan.

Untuk **domain Layanan**, penilaian didasarkan pada kapabilitas fungsi teknis layanan, misalnya apakah layanan sudah elektronik, terintegrasi dengan layanan lain, dan terus diperbaiki. Nama resmi tingkat untuk domain Layanan belum kami verifikasi, jadi periksa pedoman KepmenPANRB 962/2021.

Penjelasan singkat di atas adalah ringkasan kami untuk memudahkan pemahaman. Kriteria resmi setiap indikator ada di lampiran regulasi dan pedoman.

### Cara membaca tingkat kematangan

Tingkat kematangan bertingkat seperti anak tangga. Untuk mencapai tingkat 4, syarat tingkat 1 sampai 3 umumnya harus sudah terpenuhi dan dibuktikan. Karena itu, strategi yang baik adalah **naik satu anak tangga dengan bukti yang lengkap**, bukan melompat dengan bukti yang lemah.

### Predikat indeks

Nilai indeks SPBE berkisar dari 1,0 sampai 5,0. Nilai itu dikelompokkan menjadi predikat:

- **Memuaskan**: 4,2 sampai 5,0
- **Sangat Baik**: 3,5 sampai kurang dari 4,2
- **Baik**: 2,6 sampai kurang dari 3,5 (sering disebut sebagai target minimum nasional)
- **Cukup**: 1,8 sampai kurang dari 2,6
- **Kurang**: kurang dari 1,8

Catatan: batas untuk predikat **Cukup** dan **Kurang** kami simpulkan dari pola predikat yang lain, bukan kami kutip langsung dari regulasi. Periksa kembali pada dokumen resmi.

### Contoh membaca predikat

- Sumedang 2019: indeks 2,46 (dikutip di berita daring; sumber resminya belum kami temukan) berada di rentang **Cukup**. Nilai ini dinilai dengan PermenPANRB 5/2018.
- Sumedang 2021: indeks 3,52 dengan predikat **Sangat Baik** (2022, berita daring).
- Sumedang 2024: indeks 4,51 (dilaporkan pada 2025 oleh media) berada di rentang **Memuaskan**.

Perjalanan Sumedang dari Cukup ke Memuaskan memakan waktu sekitar lima tahun. Ini menunjukkan bahwa kenaikan indeks adalah kerja bertahap dan berkelanjutan.

### Kesalahan umum

- **Menganggap aplikasi sama dengan tingkat tinggi.** Punya aplikasi belum tentu tingkat 3 atau lebih bila aplikasinya hanya dipakai sebagian unit.
- **Bukti tidak sesuai klaim.** Memilih tingkat 4 tanpa bukti pengukuran berkala biasanya diturunkan asesor.
- **Lupa kebijakan internal.** Banyak daerah sudah menjalankan kegiatan, tetapi belum menetapkannya dalam Peraturan Bupati/Wali Kota.

### Rangkuman

- Tingkat 1 sampai 5: Rintisan, Terkelola, Terdefinisi, Terpadu dan Terukur, Optimum.
- Predikat: Memuaskan (4,2 ke atas), Sangat Baik (3,5 sampai di bawah 4,2), Baik (2,6 sampai di bawah 3,5), Cukup, dan Kurang (dua yang terakhir hasil simpulan).
- Naik satu tingkat dengan bukti lengkap lebih aman daripada mengklaim tingkat tinggi.`,
    },
    {
      title: 'Cara menghitung indeks SPBE, dengan contoh',
      body: `### Rumusnya sederhana

**Indeks SPBE = jumlah (tingkat kematangan setiap indikator x bobot indikator tersebut).**

Karena seluruh bobot berjumlah 100%, indeks minimum adalah 1,0 (semua indikator tingkat 1) dan maksimum 5,0 (semua indikator tingkat 5).

Bobot setiap indikator:

- Indikator 1 sampai 10: 1,3% (0,013)
- Indikator 11 sampai 20: 2,5% (0,025)
- Indikator 21 sampai 31: 1,5% (0,015)
- Indikator 32 sampai 41: 2,75% (0,0275)
- Indikator 42 sampai 47: 3% (0,03)

### Contoh ilustratif: Kabupaten Contoh

Angka berikut adalah **contoh ilustratif**, bukan data daerah mana pun.

- Aspek 1 (I01 sampai I10): semua tingkat 3. Jumlah tingkat 30, dikali 0,013 = **0,390**
- Aspek 2 (I11 sampai I14): tingkat 2, 2, 3, 3. Jumlah 10, dikali 0,025 = **0,250**
- Aspek 3 (I15 sampai I18): tingkat 3, 3, 2, 2. Jumlah 10, dikali 0,025 = **0,250**
- Aspek 4 (I19 sampai I20): tingkat 3 dan 2. Jumlah 5, dikali 0,025 = **0,125**
- Aspek 5 (I21 sampai I28): semua tingkat 2. Jumlah 16, dikali 0,015 = **0,240**
- Aspek 6 (I29 sampai I31): semua tingkat 1. Jumlah 3, dikali 0,015 = **0,045**
- Aspek 7 (I32 sampai I41): jumlah tingkat 30 (rata-rata 3), dikali 0,0275 = **0,825**
- Aspek 8 (I42 sampai I47): jumlah tingkat 18 (rata-rata 3), dikali 0,03 = **0,540**

**Indeks = 0,390 + 0,250 + 0,250 + 0,125 + 0,240 + 0,045 + 0,825 + 0,540 = 2,665**, predikat **Baik**.

### Simulasi: di mana kenaikan paling terasa?

Masih dengan Kabupaten Contoh (ilustrasi):

- Menaikkan **I19 Tim Koordinasi SPBE** dari tingkat 3 ke 4 menambah 1 x 0,025 = **0,025**.
- Menaikkan **seluruh Audit TIK (I29 sampai I31)** dari tingkat 1 ke 2 menambah 3 x 0,015 = **0,045**.
- Menaikkan **seluruh layanan publik (I42 sampai I47)** satu tingkat menambah 6 x 0,03 = **0,180**.
- Menaikkan **seluruh kebijakan internal (I01 sampai I10)** satu tingkat menambah 10 x 0,013 = **0,130**.

Untuk mencapai 3,5 (Sangat Baik), Kabupaten Contoh perlu tambahan 0,835. Itu setara, misalnya, dengan menaikkan rata-rata seluruh 47 indikator sekitar 0,8 tingkat. Angka ini menunjukkan mengapa kenaikan indeks butuh rencana lintas perangkat daerah, bukan satu proyek aplikasi.

### Cara memakai rumus ini dalam perencanaan

1. Isi tingkat kematangan saat ini untuk ke-47 indikator (dari hasil evaluasi terakhir atau penilaian mandiri).
2. Tandai indikator yang paling murah dinaikkan, misalnya cukup menetapkan kebijakan atau merapikan bukti.
3. Hitung tambahan indeks dari setiap rencana (jumlah tingkat yang naik x bobot).
4. Urutkan rencana berdasarkan tambahan indeks dan tingkat kesulitannya.
5. Pastikan setiap rencana punya bukti dukung yang jelas.

### Hati-hati

- Tingkat kematangan hanya diakui bila **buktinya diterima asesor**.
- Indikator saling terkait. Misalnya, layanan yang terintegrasi (Domain Layanan) biasanya butuh sistem penghubung layanan (I18) dan manajemen data (I23).
- Fokus pada indikator berbobot besar itu wajar, tetapi fondasi (kebijakan dan tata kelola) tetap perlu dibangun.

### Rangkuman

- Indeks = jumlah (tingkat x bobot).
- Satu tingkat pada indikator berbobot 2,5% menambah 0,025; pada indikator berbobot 3% menambah 0,03.
- Gunakan simulasi untuk memilih prioritas, lalu kumpulkan bukti.`,
    },
    {
      title: 'Posisi Jawa Barat dan Sumedang',
      body: `### Nilai yang dipublikasikan

Angka di bawah ini berasal dari hasil evaluasi SPBE sebagaimana dilaporkan media dan pemerintah daerah. Tahun menunjukkan tahun penilaian.

**Kabupaten Sumedang**

- 2019: **2,46** (dikutip pejabat Diskominfo Sumedang di berita daring; sumber resminya belum kami temukan; dinilai dengan PermenPANRB 5/2018)
- 2020: **3,81**, disebut terbaik pertama tingkat nasional (2022, berita daring)
- 2021: **3,52**, Sangat Baik (2022, berita daring)
- 2022: **3,84**, tertinggi di antara kabupaten/kota (hasil evaluasi SPBE 2022, dilaporkan media)
- 2024: **4,51**, dilaporkan pada Februari 2025; target RPJMD 2025 adalah **4,6** (2025, berita daring)

**Provinsi Jawa Barat**

- 2022: **3,37**, predikat Baik (hasil evaluasi SPBE 2022, dilaporkan media)
- 2023: **4,14**, dengan target **4,5** (dilaporkan media pada Agustus 2024, saat hasil terakhir adalah evaluasi 2023; hasil 2024 baru terbit Januari 2025)

**Rata-rata kabupaten/kota di Jawa Barat**

- 2023: **3,38**, dengan target **3,8** (dilaporkan media pada Agustus 2024, hasil evaluasi 2023)

**Rata-rata nasional**

- 2022: **2,35**; 2023: **2,79** (KepmenPANRB 13/2024); 2024: **3,12** (KepmenPANRB 663/2024)

### Cara membaca angka-angka ini

- **Sumedang jauh di atas rata-rata.** Pada 2024, Sumedang (4,51) berada di predikat Memuaskan, sedangkan rata-rata kabupaten/kota di Jawa Barat pada 2023 (3,38) masih di predikat Baik.
- **Provinsi melaju lebih cepat daripada kabupaten/kota.** Indeks provinsi naik dari 3,37 ke 4,14, tetapi rata-rata kabupaten/kota baru 3,38. Kesenjangan inilah yang ingin dipersempit melalui Living Lab.
- **Angka lintas tahun tidak selalu sebanding.** Kerangka penilaian berganti dari PermenPANRB 5/2018 ke PermenPANRB 59/2020. Penurunan Sumedang dari 3,81 ke 3,52 perlu dibaca dengan mempertimbangkan perubahan kerangka ini.
- **Nilai daerah lain.** Nilai per kabupaten/kota lain di Jawa Barat belum kami temukan dalam sumber publik. Di aplikasi ini, koordinator dapat memasukkan nilai daerahnya sendiri. Data contoh untuk daerah lain selalu diberi label data demo.

### Sasaran Jawa Barat

Sekretaris Daerah Provinsi Jawa Barat menyampaikan sasaran agar **indeks SPBE Jawa Barat melampaui 3,5**, dengan Sumedang yang sudah selangkah lebih maju mendampingi kabupaten/kota lain melalui **Digital Services Living Lab** (dilaporkan media daring; tahun pernyataan belum kami verifikasi). Pada penandatanganan kesepakatan Living Lab oleh 8 kabupaten/kota pada Juli 2023, Sekda Jawa Barat saat itu menyebut hasil simulasi indeks gabungan sekitar **3,53** dan berharap 19 kabupaten/kota lain segera menyusul (2023, berita daring).

Hasil 2023 menunjukkan indeks provinsi (4,14) sudah melampaui 3,5, sedangkan rata-rata kabupaten/kota (3,38) belum. Pekerjaan rumah terbesar kini ada di tingkat kabupaten/kota.

### Pertanyaan refleksi untuk daerah Anda

1. Berapa indeks SPBE daerah Anda pada evaluasi terakhir, dan apa predikatnya?
2. Berapa selisihnya dengan 3,5 dan dengan rata-rata kabupaten/kota di Jawa Barat (3,38 pada 2023)?
3. Dari simulasi di pelajaran sebelumnya, tiga indikator mana yang paling realistis dinaikkan tahun ini?

### Rangkuman

- Sumedang: 2,46 (2019) menjadi 4,51 (2024).
- Jawa Barat: 3,37 (2022) menjadi 4,14 (2023); rata-rata kabupaten/kota 3,38 (2023).
- Rata-rata nasional: 2,35 (2022), 2,79 (2023), 3,12 (2024).
- Sasaran provinsi melampaui 3,5 sudah tercapai di tingkat provinsi; tantangannya kini di kabupaten/kota.`,
    },
  ],
};

const MODULE_INDIKATOR_19: SeedContent = {
  type: 'MODULE',
  slug: 'menaikkan-indikator-19-tim-koordinasi-spbe',
  title: 'Menaikkan Indikator Tim Koordinasi SPBE (Indikator 19)',
  summary:
    'Panduan praktis menaikkan Indikator 19 (Tim Koordinasi SPBE, bobot 2,5%) beserta pasangannya, Indikator 10 (Kebijakan Internal Tim Koordinasi SPBE, bobot 1,3%): gambaran setiap tingkat kematangan dalam praktik, bukti dukung yang biasa diperiksa asesor, langkah demi langkah untuk kabupaten/kota, dampaknya pada indeks, dan kesalahan yang sering terjadi.',
  level: 'INTERMEDIATE',
  estimatedMinutes: 40,
  indicatorCodes: ['I19', 'I10', 'I20'],
  lessons: [
    {
      title: 'Mengapa Tim Koordinasi SPBE menentukan',
      body: `### Satu tim, banyak indikator

SPBE melibatkan seluruh perangkat daerah: Bappeda merencanakan, BPKAD menganggarkan, Diskominfo membangun, dan setiap dinas memiliki layanannya sendiri. Tanpa satu forum yang mengoordinasikan, yang terjadi adalah aplikasi ganda, anggaran TIK yang tersebar, dan data yang tidak saling terhubung.

**Tim Koordinasi SPBE** adalah forum itu. Perpres 95/2018 mengatur pembentukan Tim Koordinasi SPBE di instansi pusat dan pemerintah daerah. Dalam praktik di pemda, tim ini umumnya diketuai Sekretaris Daerah. Periksa pasal yang berlaku untuk susunan dan tugas resminya.

### Dua indikator yang berpasangan

- **Indikator 10, Kebijakan Internal Tim Koordinasi SPBE** (Domain Kebijakan Internal, bobot **1,3%**): menilai apakah ada kebijakan internal yang mengatur tim, misalnya Peraturan atau Keputusan Kepala Daerah yang memuat susunan, tugas, dan tata kerja tim.
- **Indikator 19, Tim Koordinasi SPBE** (Domain Tata Kelola, Aspek Penyelenggara SPBE, bobot **2,5%**): menilai apakah tim itu benar-benar bekerja.

Kebijakan tanpa kegiatan tidak akan menaikkan Indikator 19. Sebaliknya, kegiatan tanpa kebijakan yang jelas melemahkan Indikator 10. Kerjakan keduanya bersamaan.

### Tugas tim dalam praktik

Rumusan berikut adalah panduan praktik, bukan kutipan regulasi. Tim Koordinasi SPBE yang efektif biasanya:

1. mengarahkan penyusunan dan pemutakhiran **Arsitektur SPBE** dan **Peta Rencana SPBE** daerah (Indikator 11 dan 12),
2. memastikan **keterpaduan rencana dan anggaran SPBE**, misalnya dengan memberi pertimbangan atas usulan belanja TIK perangkat daerah sebelum masuk anggaran (Indikator 13),
3. mencegah pembangunan aplikasi ganda dan mendorong pemakaian aplikasi umum (Indikator 15),
4. membangun **kolaborasi** dengan instansi lain, misalnya kerja sama replikasi aplikasi (Indikator 20),
5. memantau dan mengevaluasi penerapan SPBE, termasuk menyiapkan evaluasi SPBE tahunan.

Karena itu, tim yang bekerja baik ikut mendorong banyak indikator lain, bukan hanya Indikator 19.

### Pelajaran dari Sumedang

Kemajuan SPBE Sumedang sangat digerakkan oleh Sekda. Saat berkunjung ke Sumedang pada Oktober 2022, Menteri Dalam Negeri menyebut bahwa selain kemauan politik kepala daerah dan wakilnya, ada peran Sekda sebagai ASN dalam pengembangan Living Lab (2022, berita daring nasional). Platform Digital Services Living Lab sendiri lahir sebagai proyek perubahan Sekda Sumedang dalam Pelatihan Kepemimpinan Nasional Tingkat I (2022, berita daring).

Pesannya: tim koordinasi paling efektif bila ketuanya benar-benar memimpin, bukan sekadar namanya tercantum dalam SK.

### Rangkuman

- Indikator 10 (1,3%) menilai kebijakannya; Indikator 19 (2,5%) menilai kerjanya.
- Tim yang bekerja mendorong banyak indikator lain (arsitektur, peta rencana, keterpaduan anggaran, kolaborasi).
- Kepemimpinan Sekda adalah faktor kunci.`,
    },
    {
      title: 'Seperti apa setiap tingkat kematangan dalam praktik',
      body: `### Baca dulu catatan ini

Gambaran di bawah ini adalah **panduan praktik** yang kami susun untuk memudahkan pemahaman. Ini **bukan kutipan** kriteria resmi. Kriteria resmi Indikator 19 ada di lampiran PermenPANRB 59/2020 dan pedoman KepmenPANRB 962/2021. Selalu cocokkan rencana Anda dengan dokumen resmi tersebut.

### Tingkat 1: Rintisan

Seperti apa dalam praktik:

- Tim belum dibentuk, atau baru dalam tahap rancangan SK.
- Urusan SPBE praktis dikerjakan Diskominfo sendirian.
- Rapat lintas perangkat daerah tentang SPBE jarang atau tidak pernah ada.

### Tingkat 2: Terkelola

- Tim sudah ditetapkan dengan keputusan kepala daerah.
- Sudah ada beberapa kegiatan, misalnya rapat menjelang evaluasi SPBE, tetapi belum terencana dan belum mencakup seluruh tugas tim.
- Dokumentasi kegiatan belum rapi.

### Tingkat 3: Terdefinisi

- Tugas, susunan, dan tata kerja tim ditetapkan dalam kebijakan internal dan dijalankan sesuai ketentuan itu.
- Ada **rencana kerja tahunan**, rapat berkala, notulen, dan laporan kegiatan.
- Seluruh perangkat daerah yang relevan terlibat, tidak hanya Diskominfo.

### Tingkat 4: Terpadu dan Terukur

- Kinerja tim diukur: ada target dan capaian, misalnya jumlah usulan belanja TIK yang ditelaah atau jumlah aplikasi ganda yang digabung (ilustrasi).
- Hasil kerja tim **terpadu** dengan perencanaan dan penganggaran daerah; rekomendasi tim menjadi bahan keputusan anggaran.
- Ada evaluasi kinerja tim secara berkala.

### Tingkat 5: Optimum

- Hasil evaluasi dipakai untuk **perbaikan berkelanjutan**: susunan, tugas, atau cara kerja tim disesuaikan dengan perubahan kebijakan nasional dan teknologi.
- Praktik tim dapat menjadi rujukan bagi daerah lain.

### Cara menentukan posisi Anda saat ini

Jawab pertanyaan berikut dengan jujur:

1. Apakah ada SK atau Peraturan Kepala Daerah tentang Tim Koordinasi SPBE yang masih berlaku dan menyebut jabatan (bukan hanya nama orang)?
2. Apakah tim punya rencana kerja tahun ini?
3. Berapa kali tim rapat dalam 12 bulan terakhir, dan apakah ada notulen serta daftar hadirnya?
4. Apakah ada laporan kegiatan tim kepada kepala daerah?
5. Apakah kinerja tim pernah diukur dan dievaluasi?
6. Apakah hasil evaluasi itu pernah mengubah cara kerja tim?

Bila jawaban "ya" berhenti di pertanyaan 1, posisi Anda kemungkinan di tingkat 2. Bila "ya" sampai pertanyaan 4, kemungkinan di tingkat 3. Pertanyaan 5 dan 6 mengarah ke tingkat 4 dan 5. Ini alat bantu kasar, bukan cara penilaian resmi.

### Contoh ilustratif

Kabupaten Contoh (ilustrasi) memiliki SK Tim Koordinasi SPBE tahun 2019 yang masih mencantumkan nama pejabat yang sudah pindah. Tim hanya rapat sekali setahun menjelang evaluasi, dan notulennya tidak ditemukan. Posisi realistisnya tingkat 2. Dengan memperbarui SK, menyusun rencana kerja, dan rapat triwulanan yang terdokumentasi, tingkat 3 realistis dicapai dalam satu tahun.

### Rangkuman

- Tingkat 1 sampai 2: tim ada di atas kertas atau bekerja sesekali.
- Tingkat 3: tim bekerja terencana sesuai kebijakan internal.
- Tingkat 4 sampai 5: kinerja tim diukur, terpadu dengan anggaran, dan terus diperbaiki.`,
    },
    {
      title: 'Bukti dukung yang dicari asesor',
      body: `### Prinsip: klaim harus bisa dibuktikan

Dalam evaluasi SPBE, tingkat kematangan yang Anda pilih dalam penilaian mandiri harus didukung bukti. Asesor memeriksa dokumen dan dapat meminta penjelasan dalam wawancara. Daftar di bawah ini adalah **panduan praktik** tentang bukti yang lazim disiapkan, bukan daftar resmi.

### Bukti untuk Indikator 10 (kebijakan internal)

- Peraturan atau Keputusan Kepala Daerah tentang Tim Koordinasi SPBE, yang memuat:
  - susunan tim berdasarkan **jabatan** (misalnya "Sekretaris Daerah sebagai ketua"),
  - tugas dan kewenangan tim,
  - tata kerja: frekuensi rapat, mekanisme pelaporan, dan sekretariat tim.
- Bukti penetapan: nomor, tanggal, tanda tangan, dan bila berupa peraturan, bukti pengundangan.

### Bukti untuk Indikator 19 (pelaksanaan)

**Untuk menunjukkan tim bekerja (kira-kira tingkat 2 sampai 3):**

- rencana kerja tahunan tim yang disahkan ketua,
- undangan, daftar hadir, dan notulen rapat,
- laporan kegiatan tim kepada kepala daerah,
- dokumen hasil kerja tim, misalnya arsitektur SPBE atau peta rencana yang dibahas tim.

**Untuk menunjukkan keterpaduan dan pengukuran (kira-kira tingkat 4):**

- daftar target kinerja tim dan capaiannya,
- bukti tim memberi pertimbangan atas usulan belanja TIK perangkat daerah, misalnya rekap telaah usulan dan keputusan tindak lanjutnya,
- laporan evaluasi kinerja tim.

**Untuk menunjukkan perbaikan berkelanjutan (kira-kira tingkat 5):**

- dokumen perubahan SK, rencana kerja, atau tata kerja yang didasarkan pada hasil evaluasi,
- bukti praktik tim dijadikan rujukan, misalnya diundang berbagi oleh daerah lain.

### Ciri bukti yang kuat

- **Bertanggal dan ditandatangani.** Notulen tanpa tanggal dan tanda tangan mudah diragukan.
- **Sesuai periode evaluasi.** Bukti dari tahun yang dinilai lebih kuat daripada dokumen lama.
- **Saling menguatkan.** Rencana kerja menyebut rapat triwulanan; notulen menunjukkan empat rapat; laporan akhir tahun merangkumnya.
- **Menunjukkan keputusan dan tindak lanjut**, tidak hanya pertemuan. Notulen yang baik memuat keputusan, penanggung jawab, dan tenggat.
- **Mudah ditemukan.** Simpan di satu folder per indikator dengan penamaan yang konsisten.

### Contoh ilustratif penamaan berkas

- I19_01_SK-Tim-Koordinasi-SPBE_2025.pdf
- I19_02_Rencana-Kerja-Tim_2025.pdf
- I19_03_Notulen-Rapat-TW1_2025.pdf
- I19_04_Laporan-Kegiatan-Tim_2025.pdf
- I19_05_Evaluasi-Kinerja-Tim_2025.pdf

Nomor urut dan tahun memudahkan asesor menelusuri bukti sesuai urutan tingkat kematangan.

### Siapkan juga penjelasan lisan

Bila ada wawancara, ketua atau sekretaris tim sebaiknya bisa menjelaskan dengan contoh nyata: keputusan apa yang diambil tim, apa dampaknya, dan apa yang diperbaiki setelah evaluasi.

### Rangkuman

- Indikator 10: dokumen kebijakan yang lengkap dan sah.
- Indikator 19: rencana kerja, notulen, laporan, ukuran kinerja, dan bukti perbaikan.
- Bukti yang kuat itu bertanggal, ditandatangani, sesuai periode, dan menunjukkan keputusan.`,
    },
    {
      title: 'Langkah demi langkah untuk kabupaten/kota',
      body: `### Linimasa contoh 12 bulan

Linimasa di bawah ini adalah **contoh ilustratif** untuk daerah yang saat ini berada di tingkat 1 atau 2. Sesuaikan dengan jadwal evaluasi SPBE yang berlaku.

**Bulan 1: Petakan kondisi awal**

- Kumpulkan SK tim yang ada (bila ada), hasil evaluasi SPBE terakhir, dan catatan asesor untuk Indikator 10 dan 19.
- Tentukan posisi saat ini dengan pertanyaan di pelajaran sebelumnya.
- Penanggung jawab: sekretariat tim (biasanya Diskominfo) bersama Bagian Organisasi.

**Bulan 1 sampai 2: Perbarui dasar hukum**

- Susun rancangan Keputusan atau Peraturan Kepala Daerah yang baru:
  - ketua: Sekretaris Daerah (praktik umum; cocokkan dengan Perpres 95/2018),
  - anggota: Bappeda, BPKAD, Diskominfo, Bagian Organisasi, BKPSDM, Inspektorat, dan perangkat daerah pemilik layanan utama,
  - sekretariat: Diskominfo,
  - tugas dan tata kerja, termasuk rapat minimal triwulanan (contoh).
- Tulis **jabatan**, bukan nama, agar SK tidak usang saat ada mutasi.
- Penanggung jawab: Bagian Hukum dan Diskominfo.

**Bulan 2: Rencana kerja tahunan**

- Susun rencana kerja yang memuat kegiatan, jadwal, target, dan penanggung jawab. Contoh isi (ilustrasi):
  - menelaah seluruh usulan belanja TIK sebelum RKA disusun,
  - memutakhirkan arsitektur dan peta rencana SPBE,
  - menggabungkan dua aplikasi kepegawaian yang tumpang tindih,
  - menyiapkan penilaian mandiri evaluasi SPBE.
- Sahkan oleh ketua tim.

**Bulan 3, 6, 9, dan 12: Rapat triwulanan**

- Setiap rapat menghasilkan notulen berisi keputusan, penanggung jawab, dan tenggat.
- Rapat berikutnya selalu dimulai dengan memeriksa tindak lanjut rapat sebelumnya.

**Bulan 4 sampai 5: Hubungkan dengan anggaran**

- Sepakati dengan Bappeda dan BPKAD bahwa usulan belanja TIK perangkat daerah ditelaah tim sebelum masuk rancangan anggaran.
- Buat formulir telaah sederhana: kebutuhan, kesesuaian dengan arsitektur SPBE, potensi duplikasi, dan rekomendasi.

**Bulan 6: Evaluasi tengah tahun**

- Bandingkan capaian dengan target rencana kerja. Catat hambatannya.

**Bulan 10 sampai 11: Laporan dan bukti**

- Susun laporan kegiatan tahunan tim kepada kepala daerah.
- Rapikan folder bukti dukung per indikator.

**Bulan 12: Evaluasi kinerja tim dan perbaikan**

- Nilai kinerja tim terhadap target.
- Tetapkan perbaikan untuk tahun berikutnya, dan bila perlu ubah SK atau tata kerja. Inilah bahan untuk tingkat 4 dan 5 pada tahun-tahun berikutnya.

### Contoh ilustratif: diktum SK

Contoh ilustratif (bukan teks resmi) bagian tugas dalam keputusan kepala daerah:

- "Tim Koordinasi SPBE bertugas: (a) mengarahkan penyusunan dan pemutakhiran Arsitektur SPBE dan Peta Rencana SPBE Daerah; (b) menelaah usulan belanja TIK perangkat daerah sebelum ditetapkan dalam rencana kerja dan anggaran; (c) mengoordinasikan pembangunan dan penggunaan aplikasi SPBE; (d) memantau dan mengevaluasi penerapan SPBE serta melaporkannya kepada Bupati sekurang-kurangnya setiap enam bulan."

Mintalah Bagian Hukum menyesuaikan rumusan dengan format produk hukum daerah Anda.

### Rangkuman

- Mulai dari SK yang jelas, lalu rencana kerja, lalu rapat yang menghasilkan keputusan.
- Hubungkan tim dengan proses anggaran agar kerjanya terasa.
- Akhiri tahun dengan evaluasi dan perbaikan.`,
    },
    {
      title: 'Dampak pada indeks dan kesalahan umum',
      body: `### Berapa tambahan indeksnya?

Rumus indeks adalah jumlah (tingkat x bobot). Maka:

- **Indikator 19** berbobot **2,5%**: setiap naik satu tingkat menambah **0,025** pada indeks.
- **Indikator 10** berbobot **1,3%**: setiap naik satu tingkat menambah **0,013**.

Contoh ilustratif:

- Indikator 19 naik dari tingkat 2 ke 4: 2 x 0,025 = **0,050**.
- Indikator 10 naik dari tingkat 2 ke 3: 1 x 0,013 = **0,013**.
- Total tambahan langsung: **0,063**.

Angka ini tampak kecil. Namun, tim yang bekerja juga mendorong indikator lain yang bobotnya sama besar, misalnya Arsitektur SPBE (I11), Peta Rencana SPBE (I12), Keterpaduan Rencana dan Anggaran (I13), dan Kolaborasi Penerapan SPBE (I20), masing-masing 2,5%. Jika empat indikator itu masing-masing naik satu tingkat karena kerja tim, tambahannya 4 x 0,025 = **0,100** (ilustrasi). Inilah alasan Indikator 19 sering disebut "indikator pengungkit".

### Kesalahan umum

1. **SK dengan nama, bukan jabatan.** Setelah mutasi, SK dianggap usang. Tulis jabatan.
2. **Tim hanya berisi Diskominfo.** Tanpa Bappeda, BPKAD, dan perangkat daerah pemilik layanan, tim tidak bisa memadukan rencana dan anggaran.
3. **Rapat hanya menjelang evaluasi.** Asesor mudah melihat bahwa semua bukti bertanggal dalam satu bulan yang sama.
4. **Notulen tanpa keputusan.** Notulen yang hanya mencatat "rapat berjalan lancar" tidak membuktikan apa pun.
5. **Mengklaim tingkat 4 tanpa ukuran kinerja.** Tanpa target dan capaian, klaim "terukur" sulit diterima.
6. **Ketua tidak pernah hadir.** Bila Sekda selalu diwakili, keputusan tim tidak punya daya dorong. Jadwalkan rapat sesuai agenda ketua.
7. **Bukti tercecer.** Dokumen ada, tetapi tidak ditemukan saat dibutuhkan. Gunakan folder dan penamaan yang konsisten.
8. **Menganggap regulasi selesai dengan SK.** SK hanya menaikkan Indikator 10; Indikator 19 butuh kerja nyata sepanjang tahun.

### Daftar periksa singkat

- [ ] SK atau Peraturan Kepala Daerah terbaru, menyebut jabatan, lengkap dengan tugas dan tata kerja
- [ ] Rencana kerja tahunan yang disahkan ketua
- [ ] Minimal empat rapat setahun dengan notulen berisi keputusan (contoh target)
- [ ] Mekanisme telaah belanja TIK bersama Bappeda dan BPKAD
- [ ] Laporan kegiatan tahunan kepada kepala daerah
- [ ] Evaluasi kinerja tim dan rencana perbaikan
- [ ] Folder bukti dukung per indikator

### Penutup

Indikator 19 bukan indikator terbesar, tetapi tim koordinasi yang hidup membuat indikator lain ikut bergerak. Sumedang menunjukkan bahwa kepemimpinan Sekda yang aktif dapat mengubah SPBE dari urusan teknis satu dinas menjadi gerakan seluruh pemerintah daerah.

### Rangkuman

- Setiap tingkat Indikator 19 bernilai 0,025; Indikator 10 bernilai 0,013.
- Efek tidak langsung pada I11, I12, I13, dan I20 bisa lebih besar daripada efek langsungnya.
- Hindari delapan kesalahan umum di atas.`,
    },
  ],
};

const MODULE_STUDI_TIRU: SeedContent = {
  type: 'MODULE',
  slug: 'belajar-dari-sumedang-studi-tiru',
  title: 'Belajar dari Sumedang: dari studi banding ke studi tiru',
  summary:
    'Modul singkat tentang cara belajar dari daerah lain agar benar-benar berdampak. Berangkat dari pengalaman Sumedang yang dikunjungi puluhan daerah tanpa tindak lanjut yang jelas, modul ini menjelaskan konsep studi tiru, Digital Services Living Lab, serta langkah sebelum, selama, dan sesudah kunjungan.',
  level: 'BEGINNER',
  estimatedMinutes: 20,
  indicatorCodes: ['I20', 'I26'],
  lessons: [
    {
      title: 'Mengapa studi banding sering tidak berdampak',
      body: `### Banyak kunjungan, sedikit perubahan

Setelah indeks SPBE Sumedang naik tajam (3,81 untuk 2020, disebut terbaik pertama nasional; 2022, berita daring), banyak daerah datang untuk belajar. Bupati Sumedang menyebut sudah ada **52 kabupaten/kota dan lebih dari 20 kementerian/lembaga/NGO** yang studi banding ke Sumedang, tetapi khusus untuk kabupaten/kota, tindak lanjutnya tidak jelas (2022, berita daring). Menjelang akhir 2022, jumlah kabupaten/kota yang berkunjung disebut mencapai **62** (2022, berita daring).

Bupati menyayangkan bila kunjungan hanya formalitas, padahal sumber daya yang dikeluarkan cukup besar. Sekda Sumedang saat itu menambahkan bahwa Sumedang pun meluangkan waktu, pikiran, dan tenaga untuk menerima tamu, sehingga kunjungan tanpa tindak lanjut merugikan kedua pihak (2022, berita daring).

### Pola yang sering terjadi

Berikut pola umum yang kami rangkum dari pemberitaan dan pengalaman banyak daerah:

1. **Peserta kunjungan bukan pelaksana.** Yang berangkat pejabat, sedangkan operator dan pengelola teknis tidak ikut.
2. **Tidak ada pertanyaan yang disiapkan.** Kunjungan berisi paparan umum, tidak menjawab masalah spesifik daerah tamu.
3. **Pulang tanpa rencana aksi.** Laporan perjalanan dinas selesai, tetapi tidak ada yang bertanggung jawab menindaklanjuti.
4. **Tidak ada kesepakatan tertulis.** Tidak jelas apa yang boleh diminta: kode sumber, pendampingan, atau pelatihan.
5. **Tidak ada yang memantau.** Enam bulan kemudian, tidak ada yang menanyakan kemajuannya.

### Biaya yang tidak terlihat

Setiap kunjungan memakan biaya perjalanan, waktu pejabat, dan waktu tuan rumah. Bila tidak ada perubahan setelahnya, seluruh biaya itu hilang. Sebaliknya, kunjungan yang berujung pada replikasi dapat menghemat biaya pembangunan aplikasi dari nol.

### Pertanyaan refleksi

- Kapan terakhir kali daerah Anda melakukan studi banding terkait SPBE?
- Apa yang berubah di daerah Anda setelahnya?
- Siapa yang bertanggung jawab atas tindak lanjutnya?

Jika jawabannya "tidak banyak" dan "tidak jelas", modul ini untuk Anda.

### Rangkuman

- Sumedang dikunjungi 52 sampai 62 kabupaten/kota dan lebih dari 20 instansi lain, tetapi tindak lanjutnya tidak jelas.
- Penyebab utamanya: peserta yang keliru, tidak ada rencana aksi, tidak ada kesepakatan, dan tidak ada pemantauan.`,
    },
    {
      title: 'Studi tiru dan Digital Services Living Lab',
      body: `### Dari membandingkan ke meniru

Menurut Sekda Sumedang saat itu, format studi banding digeser menjadi **studi tiru**: tidak hanya membandingkan, tetapi langsung meniru, beraksi, dan mengeksekusi (2022, berita daring). Meniru di sini bukan menyalin mentah-mentah, melainkan mengambil praktik yang terbukti lalu menyesuaikannya dengan kondisi daerah sendiri.

### Digital Services Living Lab

Untuk mewujudkan studi tiru, Sumedang menggagas **Indonesia Digital Services Living Lab**, sebuah platform kolaborasi daerah dan pusat untuk saling berbagi pengalaman dan pengetahuan dalam menaikkan indeks SPBE (2022, berita daring). Gagasan ini merupakan proyek perubahan Sekda Sumedang dalam Pelatihan Kepemimpinan Nasional Tingkat I di LAN, dan dikonsultasikan dengan Kemendagri, Kementerian PANRB, Wantiknas, dan Kementerian Kominfo (2022, berita daring).

Rangkaiannya pada 2022 (berita daring):

1. **Pertemuan pertama di Jakarta**, difasilitasi Kemendagri, untuk para Sekda dan Kepala Diskominfo.
2. **Lokakarya di Jatinangor** (7 November 2022) untuk kepala bidang informatika dan operator. Tiga tema yang dipelajari: belajar dari masa lalu, memahami keadaan saat ini, dan menyiapkan langkah ke depan, disertai **benchmarking** antardaerah agar saling terpacu.
3. **Pertemuan di Bali** (21 November 2022), tempat **62 bupati/wali kota menandatangani komitmen bersama** penerapan platform ini.

Di Jawa Barat, **8 kabupaten/kota** menandatangani kesepakatan penerapan platform pada 12 Juli 2023 secara daring dengan tanda tangan elektronik, dan Sekda Jawa Barat saat itu berharap 19 kabupaten/kota lain segera menyusul (2023, berita daring).

### Perhatikan urutannya

Living Lab melibatkan tiga lapis secara berurutan:

- **Lapis teknis** (operator, kepala bidang): memahami cara kerja,
- **Lapis manajerial** (Sekda, Kepala Diskominfo): menyusun rencana,
- **Lapis politik** (kepala daerah): menandatangani komitmen.

Ketiganya diperlukan. Tanpa lapis teknis, komitmen tidak bisa dijalankan. Tanpa lapis politik, rencana teknis mudah terhenti.

### Gotong royong

Kegiatan Living Lab tidak hanya dibiayai APBD Sumedang, tetapi juga didukung provinsi, kementerian, dan swasta (2022, berita daring). Belajar bersama menjadi tanggung jawab bersama.

### Rangkuman

- Studi tiru berarti meniru, beraksi, dan mengeksekusi, bukan hanya membandingkan.
- Living Lab menggabungkan lapis teknis, manajerial, dan politik.
- 62 kepala daerah berkomitmen (November 2022); 8 kabupaten/kota di Jawa Barat menandatangani kesepakatan (Juli 2023).`,
    },
    {
      title: 'Sebelum, selama, dan sesudah kunjungan',
      body: `### Panduan praktik studi tiru

Panduan berikut disusun dari pengalaman Sumedang dan daerah yang menirunya. Anggap ini daftar periksa, bukan aturan.

### Sebelum kunjungan (2 sampai 4 minggu)

1. **Pilih satu sampai tiga hal yang ingin ditiru.** Misalnya e-Office, telaah belanja TIK oleh Tim Koordinasi SPBE, atau layanan informasi lewat WhatsApp. Jangan mencoba meniru semuanya.
2. **Hubungkan dengan indikator SPBE.** Tulis indikator yang ingin dinaikkan (misalnya I37 dan I41 untuk e-Office) dan tingkat saat ini.
3. **Kirim pertanyaan lebih dulu** kepada tuan rumah agar paparan menjawab kebutuhan Anda.
4. **Bawa orang yang tepat.** Minimal satu pengambil keputusan, satu pengelola teknis, dan satu pemilik proses bisnis (misalnya Bagian Organisasi).
5. **Pelajari materi yang sudah ada**, termasuk studi kasus dan playbook di platform ini.

### Selama kunjungan (1 sampai 2 hari)

1. **Lihat sistemnya berjalan**, bukan hanya slide. Minta demo dari pengguna sehari-hari.
2. **Tanyakan yang gagal.** Contoh: kegagalan presensi e-Office Sumedang pada 2 Juni 2020, ketika sekitar 90% perangkat daerah mengalami error (2020, berita daring lokal), memberi pelajaran lebih banyak daripada cerita sukses.
3. **Tanyakan biaya dan SDM**: berapa orang yang mengelola, dan berapa biaya pemeliharaan per tahun.
4. **Tanyakan syarat replikasi**: apakah aplikasi bisa dihibahkan, apakah kode sumber diserahkan, dan pendampingan apa yang tersedia.
5. **Sepakati langkah berikutnya** sebelum pulang, misalnya penjajakan MoU.

### Sesudah kunjungan (30, 90, dan 180 hari)

1. **Dalam 7 hari:** susun rencana aksi tertulis dan sahkan oleh Sekda.
2. **Dalam 30 hari:** tunjuk tim, mulai asesmen kesiapan, dan proses MoU.
3. **Dalam 90 hari:** dasar hukum internal dan persiapan teknis berjalan.
4. **Dalam 180 hari:** uji coba terbatas (pilot) berjalan dan hasilnya dilaporkan.

### Contoh ilustratif: rencana aksi satu halaman

- **Yang ditiru:** e-Office (surat, disposisi, TTE, presensi)
- **Indikator sasaran:** I37 dari tingkat 2 ke 3; I41 dari tingkat 2 ke 3
- **Tambahan indeks yang diharapkan:** 2 x 0,0275 = 0,055
- **Penanggung jawab:** Kepala Diskominfo; sponsor: Sekda
- **Langkah dan tenggat:** MoU (bulan 1), Peraturan Bupati tentang tata naskah dinas elektronik (bulan 2), serah terima kode sumber (bulan 2), uji beban (bulan 3), pilot tiga perangkat daerah (bulan 4 sampai 5), peluncuran bertahap (bulan 6)
- **Bukti:** MoU, Peraturan Bupati, berita acara serah terima, laporan uji beban, laporan pilot

Semua angka di atas adalah ilustrasi. Untuk langkah lengkapnya, lihat playbook "Replikasi e-Office Sumedang".

### Rangkuman

- Sebelum: pilih fokus, siapkan pertanyaan, bawa orang yang tepat.
- Selama: lihat sistem berjalan, tanyakan kegagalan, biaya, dan syarat replikasi.
- Sesudah: rencana aksi dalam 7 hari dan pantau pada hari ke-30, 90, dan 180.`,
    },
    {
      title: 'Menjaga tindak lanjut sampai berdampak',
      body: `### Komitmen saja tidak cukup

Penandatanganan komitmen oleh 62 kepala daerah pada November 2022 adalah langkah besar (2022, berita daring). Namun, Sekda Sumedang saat itu sendiri mengingatkan bahwa persoalannya adalah berapa persen yang menindaklanjuti dan berapa yang bisa mengikuti jejak Sumedang, dan bahwa kemauan politik pimpinan daerah masing-masing sangat menentukan (2022, berita daring).

### Empat kunci menjaga tindak lanjut

**1. Satu pemilik.** Tunjuk satu pejabat yang bertanggung jawab atas rencana aksi, biasanya Kepala Diskominfo dengan Sekda sebagai sponsor. Tanpa pemilik, rencana aksi menjadi milik semua orang dan tidak dikerjakan siapa pun.

**2. Kesepakatan tertulis yang konkret.** MoU membuka pintu, sedangkan Perjanjian Kerja Sama (PKS) mengatur hal teknis: kode sumber, lisensi, pendampingan, dan pelatihan. Kerja sama Sumedang dan Kabupaten Kuningan, misalnya, berjalan di bawah MoU dan dilaporkan akan diperkuat dengan PKS teknis (2026, berita daring).

**3. Ukuran yang sederhana.** Pilih dua atau tiga ukuran yang bisa dipantau setiap bulan, misalnya persentase surat yang dikirim lewat e-Office atau persentase pegawai yang presensi secara elektronik (ilustrasi). Hubungkan ukuran itu dengan indikator SPBE sasaran.

**4. Forum berkala.** Bahas kemajuan dalam rapat Tim Koordinasi SPBE dan dalam forum Living Lab. Saling membandingkan kemajuan antardaerah (benchmarking) terbukti memacu, seperti yang dirancang dalam lokakarya Living Lab 2022 (2022, berita daring).

### Memakai platform ini

Platform Living Lab ini dirancang untuk membantu tindak lanjut:

- baca **studi kasus** untuk memahami konteks dan pelajaran, termasuk yang gagal,
- ikuti **playbook** langkah demi langkah dengan bukti untuk setiap langkah,
- pelajari **modul** untuk memahami indikator yang ingin dinaikkan,
- catat kemajuan daerah Anda agar bisa dibandingkan dan didampingi.

### Berbagi balik

Studi tiru yang berhasil akhirnya menghasilkan pengetahuan baru: apa yang perlu disesuaikan, apa yang gagal, dan bagaimana mengatasinya. Bagikan kembali pengetahuan itu agar daerah berikutnya tidak mengulang kesalahan yang sama. Sekda Sumedang menggambarkan semangat ini sebagai "dari Sumedang untuk Jawa Barat, dari Sumedang untuk Indonesia" (2022, berita daring). Daerah yang berhasil meniru dapat menjadi tuan rumah berikutnya.

### Rangkuman

- Komitmen baru berarti bila ditindaklanjuti; kemauan politik pimpinan menentukan.
- Empat kunci: satu pemilik, kesepakatan tertulis yang konkret, ukuran sederhana, dan forum berkala.
- Bagikan kembali pelajaran Anda agar daerah lain ikut maju.`,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Ekspor
// ---------------------------------------------------------------------------------------------

export const SUMEDANG_CONTENT: SeedContent[] = [
  MODULE_PENGANTAR,
  MODULE_INDIKATOR_19,
  MODULE_STUDI_TIRU,
  CASE_E_OFFICE,
  CASE_COMMAND_CENTER,
  CASE_WA_KEPO,
  CASE_SMART_CITY,
  CASE_REPLIKASI,
  PLAYBOOK_E_OFFICE,
  MODULE_SPBE_KE_PEMDI,
];
