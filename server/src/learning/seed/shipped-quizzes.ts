import type { AnswerPolicy, QuestionKind } from '@living-lab/shared';

/**
 * End-of-module quizzes for the modules that ship with Living Lab (content/seed), in Bahasa
 * Indonesia like the modules. Every question is answerable from the module's own lessons; the
 * comment before each names the lesson it comes from. Seeded once per module by ShippedQuizSeeder.
 */
export interface ShippedQuestion {
  kind: QuestionKind;
  prompt: string;
  options: Array<{ text: string; correct: boolean }>;
  explanation: string;
}

export interface ShippedQuiz {
  /** Slug of the shipped module (content/seed). */
  moduleSlug: string;
  passMarkPercent: number;
  /** Certificates rest on these: a few attempts, the answers once passed. */
  attemptsAllowed: number | null;
  answerPolicy: AnswerPolicy;
  questions: ShippedQuestion[];
}

/** The pass mark the quiz editor proposes for a new quiz. */
export const SHIPPED_PASS_MARK_PERCENT = 70;
export const SHIPPED_ATTEMPTS_ALLOWED = 3;

const trueFalse = (prompt: string, isTrue: boolean, explanation: string): ShippedQuestion => ({
  kind: 'TRUE_FALSE',
  prompt,
  options: [
    { text: 'Benar', correct: isTrue },
    { text: 'Salah', correct: !isTrue },
  ],
  explanation,
});

const QUIZ_PENGANTAR: ShippedQuiz = {
  moduleSlug: 'pengantar-spbe-dan-indeks-spbe',
  passMarkPercent: SHIPPED_PASS_MARK_PERCENT,
  attemptsAllowed: SHIPPED_ATTEMPTS_ALLOWED,
  answerPolicy: 'AFTER_PASSING',
  questions: [
    // Pelajaran 1: Apa itu SPBE?
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Peraturan apa yang menjadi dasar hukum SPBE?',
      options: [
        { text: 'Peraturan Presiden Nomor 95 Tahun 2018', correct: true },
        { text: 'PermenPANRB Nomor 59 Tahun 2020', correct: false },
        { text: 'KepmenPANRB Nomor 962 Tahun 2021', correct: false },
        { text: 'PermenPANRB Nomor 5 Tahun 2018', correct: false },
      ],
      explanation:
        'SPBE diatur oleh Perpres 95/2018. PermenPANRB 59/2020 mengatur pemantauan dan evaluasinya, dan KepmenPANRB 962/2021 memuat pedoman rinci indikatornya.',
    },
    // Pelajaran 1: Apa itu SPBE?
    trueFalse(
      'SPBE cukup diurus oleh Diskominfo, karena pada dasarnya SPBE adalah kumpulan aplikasi.',
      false,
      'SPBE adalah cara kerja pemerintah, bukan sekadar kumpulan aplikasi. SPBE melibatkan seluruh perangkat daerah, dipimpin Sekda, dan dikoordinasikan Tim Koordinasi SPBE.',
    ),
    // Pelajaran 2: Evaluasi SPBE
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Menurut PermenPANRB 59/2020, evaluasi SPBE terdiri atas berapa domain, aspek, dan indikator?',
      options: [
        { text: '4 domain, 8 aspek, 47 indikator', correct: true },
        { text: '3 domain, 7 aspek, 35 indikator', correct: false },
        { text: '4 domain, 7 aspek, 47 indikator', correct: false },
        { text: '5 domain, 8 aspek, 45 indikator', correct: false },
      ],
      explanation:
        'PermenPANRB 59/2020 memakai 4 domain, 8 aspek, dan 47 indikator. Aturan lama (PermenPANRB 5/2018) memakai 3 domain, 7 aspek, dan 35 indikator.',
    },
    // Pelajaran 2: Evaluasi SPBE
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Domain mana yang bobotnya paling besar dalam indeks SPBE?',
      options: [
        { text: 'Layanan SPBE', correct: true },
        { text: 'Tata Kelola SPBE', correct: false },
        { text: 'Manajemen SPBE', correct: false },
        { text: 'Kebijakan Internal SPBE', correct: false },
      ],
      explanation: 'Domain Layanan berbobot 45,5%, hampir separuh indeks. Tata Kelola 25%, Manajemen 16,5%, dan Kebijakan Internal 13%.',
    },
    // Pelajaran 3: Tingkat kematangan dan predikat
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Manakah yang merupakan nama tingkat kematangan untuk domain kebijakan, tata kelola, dan manajemen? Pilih semua yang benar.',
      options: [
        { text: 'Rintisan', correct: true },
        { text: 'Terdefinisi', correct: true },
        { text: 'Optimum', correct: true },
        { text: 'Memuaskan', correct: false },
        { text: 'Sangat Baik', correct: false },
      ],
      explanation:
        'Lima tingkatnya: Rintisan, Terkelola, Terdefinisi, Terpadu dan Terukur, serta Optimum. Memuaskan dan Sangat Baik adalah predikat indeks, bukan tingkat kematangan.',
    },
    // Pelajaran 3: Tingkat kematangan dan predikat
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Sebuah daerah memperoleh indeks SPBE 3,84. Predikat apa yang sesuai?',
      options: [
        { text: 'Sangat Baik', correct: true },
        { text: 'Baik', correct: false },
        { text: 'Memuaskan', correct: false },
        { text: 'Cukup', correct: false },
      ],
      explanation: 'Predikat Sangat Baik mencakup 3,5 sampai kurang dari 4,2. Memuaskan baru dimulai dari 4,2.',
    },
    // Pelajaran 4: Cara menghitung indeks SPBE
    {
      kind: 'SINGLE_CHOICE',
      prompt:
        'Sebuah kabupaten menaikkan seluruh indikator layanan publik (I42 sampai I47, masing-masing berbobot 3%) satu tingkat. Berapa tambahan indeksnya?',
      options: [
        { text: '0,180', correct: true },
        { text: '0,030', correct: false },
        { text: '0,130', correct: false },
        { text: '0,165', correct: false },
      ],
      explanation: 'Tambahan indeks = jumlah tingkat yang naik x bobot: 6 x 0,03 = 0,180.',
    },
    // Pelajaran 4: Cara menghitung indeks SPBE
    trueFalse(
      'Indeks SPBE terendah yang mungkin adalah 0, yaitu bila semua indikator berada di tingkat terbawah.',
      false,
      'Karena seluruh bobot berjumlah 100%, indeks minimum adalah 1,0 (semua indikator tingkat 1) dan maksimum 5,0.',
    ),
    // Pelajaran 5: Posisi Jawa Barat dan Sumedang
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Berapa rata-rata indeks SPBE kabupaten/kota di Jawa Barat pada evaluasi 2023 (dilaporkan Agustus 2024)?',
      options: [
        { text: '3,38', correct: true },
        { text: '4,14', correct: false },
        { text: '3,12', correct: false },
        { text: '4,51', correct: false },
      ],
      explanation:
        'Rata-rata kabupaten/kota di Jawa Barat pada evaluasi 2023 adalah 3,38. Angka 4,14 adalah indeks Provinsi Jawa Barat (2023), 3,12 rata-rata nasional (2024), dan 4,51 indeks Sumedang (2024).',
    },
  ],
};

const QUIZ_INDIKATOR_19: ShippedQuiz = {
  moduleSlug: 'menaikkan-indikator-19-tim-koordinasi-spbe',
  passMarkPercent: SHIPPED_PASS_MARK_PERCENT,
  attemptsAllowed: SHIPPED_ATTEMPTS_ALLOWED,
  answerPolicy: 'AFTER_PASSING',
  questions: [
    // Pelajaran 1: Mengapa Tim Koordinasi SPBE menentukan
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Apa yang dinilai Indikator 10 dan Indikator 19?',
      options: [
        {
          text: 'Indikator 10 menilai kebijakan internal yang mengatur tim; Indikator 19 menilai apakah tim benar-benar bekerja.',
          correct: true,
        },
        {
          text: 'Indikator 10 menilai apakah tim benar-benar bekerja; Indikator 19 menilai kebijakan internal yang mengatur tim.',
          correct: false,
        },
        { text: 'Keduanya menilai jumlah aplikasi yang dibangun Diskominfo.', correct: false },
        { text: 'Indikator 10 menilai audit TIK; Indikator 19 menilai kolaborasi dengan instansi lain.', correct: false },
      ],
      explanation:
        'Indikator 10 (Kebijakan Internal Tim Koordinasi SPBE) menilai kebijakannya, Indikator 19 (Tim Koordinasi SPBE) menilai kerjanya. Kerjakan keduanya bersamaan.',
    },
    // Pelajaran 1 dan 5
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Berapa bobot Indikator 19 dalam indeks SPBE?',
      options: [
        { text: '2,5%', correct: true },
        { text: '1,3%', correct: false },
        { text: '3%', correct: false },
        { text: '1,5%', correct: false },
      ],
      explanation: 'Indikator 19 ada di Domain Tata Kelola dan berbobot 2,5%. Bobot 1,3% adalah bobot Indikator 10.',
    },
    // Pelajaran 2: Seperti apa setiap tingkat kematangan dalam praktik
    {
      kind: 'SINGLE_CHOICE',
      prompt:
        'Tim sudah ditetapkan dengan keputusan kepala daerah dan pernah rapat menjelang evaluasi, tetapi kegiatannya belum terencana dan dokumentasinya belum rapi. Menurut panduan praktik dalam modul, di tingkat mana tim ini kemungkinan berada?',
      options: [
        { text: 'Tingkat 2, Terkelola', correct: true },
        { text: 'Tingkat 1, Rintisan', correct: false },
        { text: 'Tingkat 3, Terdefinisi', correct: false },
        { text: 'Tingkat 4, Terpadu dan Terukur', correct: false },
      ],
      explanation:
        'Tim yang sudah ditetapkan tetapi kegiatannya belum terencana dan belum terdokumentasi rapi cocok dengan gambaran tingkat 2. Tingkat 3 menuntut rencana kerja tahunan, rapat berkala, notulen, dan laporan.',
    },
    // Pelajaran 3: Bukti dukung yang dicari asesor
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Manakah ciri bukti dukung yang kuat menurut modul ini? Pilih semua yang benar.',
      options: [
        { text: 'Bertanggal dan ditandatangani', correct: true },
        { text: 'Sesuai periode evaluasi', correct: true },
        { text: 'Menunjukkan keputusan dan tindak lanjut, tidak hanya pertemuan', correct: true },
        { text: 'Sebanyak mungkin dokumen, dari tahun mana pun', correct: false },
        { text: 'Disusun sekaligus dalam bulan menjelang evaluasi', correct: false },
      ],
      explanation:
        'Bukti yang kuat bertanggal, ditandatangani, sesuai periode evaluasi, saling menguatkan, menunjukkan keputusan, dan mudah ditemukan. Bukti yang semuanya bertanggal dalam satu bulan menjelang evaluasi justru mudah dicurigai asesor.',
    },
    // Pelajaran 4: Langkah demi langkah
    trueFalse(
      'Dalam SK Tim Koordinasi SPBE sebaiknya dituliskan jabatan, bukan nama orang, agar SK tidak usang saat ada mutasi.',
      true,
      'Benar. Tulis jabatan, misalnya "Sekretaris Daerah sebagai ketua", agar SK tetap berlaku ketika pejabatnya berganti.',
    ),
    // Pelajaran 4: Langkah demi langkah
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Dalam contoh susunan tim di modul ini, perangkat daerah mana yang menjadi sekretariat Tim Koordinasi SPBE?',
      options: [
        { text: 'Diskominfo', correct: true },
        { text: 'Inspektorat', correct: false },
        { text: 'Bappeda', correct: false },
        { text: 'BKPSDM', correct: false },
      ],
      explanation:
        'Dalam contoh linimasa, ketua tim adalah Sekretaris Daerah dan sekretariatnya Diskominfo; Bappeda, BPKAD, BKPSDM, dan Inspektorat menjadi anggota.',
    },
    // Pelajaran 5: Dampak pada indeks dan kesalahan umum
    {
      kind: 'SINGLE_CHOICE',
      prompt:
        'Indikator 19 naik dari tingkat 2 ke 4, dan Indikator 10 naik dari tingkat 2 ke 3. Berapa total tambahan langsung pada indeks?',
      options: [
        { text: '0,063', correct: true },
        { text: '0,050', correct: false },
        { text: '0,038', correct: false },
        { text: '0,075', correct: false },
      ],
      explanation: 'Indikator 19: 2 x 0,025 = 0,050. Indikator 10: 1 x 0,013 = 0,013. Jumlahnya 0,063.',
    },
    // Pelajaran 5: Dampak pada indeks dan kesalahan umum
    trueFalse(
      'Begitu SK Tim Koordinasi SPBE ditetapkan, Indikator 19 otomatis ikut naik.',
      false,
      'SK hanya menaikkan Indikator 10. Indikator 19 butuh kerja nyata tim sepanjang tahun: rencana kerja, rapat dengan keputusan, laporan, dan evaluasi.',
    ),
  ],
};

const QUIZ_STUDI_TIRU: ShippedQuiz = {
  moduleSlug: 'belajar-dari-sumedang-studi-tiru',
  passMarkPercent: SHIPPED_PASS_MARK_PERCENT,
  attemptsAllowed: SHIPPED_ATTEMPTS_ALLOWED,
  answerPolicy: 'AFTER_PASSING',
  questions: [
    // Pelajaran 1: Mengapa studi banding sering tidak berdampak
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Menurut modul ini, apa saja penyebab studi banding sering tidak berdampak? Pilih semua yang benar.',
      options: [
        { text: 'Peserta kunjungan bukan pelaksana', correct: true },
        { text: 'Pulang tanpa rencana aksi', correct: true },
        { text: 'Tidak ada yang memantau kemajuannya', correct: true },
        { text: 'Tuan rumah menolak memberi paparan', correct: false },
        { text: 'Jumlah daerah yang berkunjung terlalu sedikit', correct: false },
      ],
      explanation:
        'Penyebab utamanya: peserta yang keliru, tidak ada rencana aksi, tidak ada kesepakatan tertulis, dan tidak ada pemantauan. Sumedang justru dikunjungi puluhan daerah.',
    },
    // Pelajaran 2: Studi tiru dan Digital Services Living Lab
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Apa yang dimaksud dengan studi tiru?',
      options: [
        {
          text: 'Tidak hanya membandingkan, tetapi meniru, beraksi, dan mengeksekusi praktik yang terbukti, lalu menyesuaikannya dengan kondisi daerah sendiri',
          correct: true,
        },
        { text: 'Menyalin aplikasi daerah lain apa adanya, tanpa penyesuaian', correct: false },
        { text: 'Membandingkan capaian indeks antardaerah dari laporan, tanpa kunjungan', correct: false },
        { text: 'Berkunjung ke sebanyak mungkin daerah dalam satu tahun', correct: false },
      ],
      explanation:
        'Studi tiru berarti meniru, beraksi, dan mengeksekusi. Meniru bukan menyalin mentah-mentah, melainkan menyesuaikan praktik yang terbukti dengan kondisi daerah sendiri.',
    },
    // Pelajaran 2: Studi tiru dan Digital Services Living Lab
    {
      kind: 'SINGLE_CHOICE',
      prompt:
        'Berapa bupati/wali kota yang menandatangani komitmen bersama penerapan Digital Services Living Lab di Bali pada November 2022?',
      options: [
        { text: '62', correct: true },
        { text: '8', correct: false },
        { text: '52', correct: false },
        { text: '19', correct: false },
      ],
      explanation:
        '62 bupati/wali kota menandatangani komitmen di Bali pada 21 November 2022. Angka 8 adalah kabupaten/kota di Jawa Barat yang menandatangani kesepakatan pada Juli 2023.',
    },
    // Pelajaran 2: Studi tiru dan Digital Services Living Lab
    trueFalse(
      'Dalam Living Lab, komitmen kepala daerah (lapis politik) sudah cukup; lapis teknis dan manajerial tidak diperlukan lagi.',
      false,
      'Ketiga lapis diperlukan. Tanpa lapis teknis, komitmen tidak bisa dijalankan; tanpa lapis politik, rencana teknis mudah terhenti.',
    ),
    // Pelajaran 3: Sebelum, selama, dan sesudah kunjungan
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Sesudah kunjungan, kapan rencana aksi tertulis sebaiknya disusun dan disahkan oleh Sekda?',
      options: [
        { text: 'Dalam 7 hari', correct: true },
        { text: 'Dalam 30 hari', correct: false },
        { text: 'Dalam 90 hari', correct: false },
        { text: 'Dalam 180 hari', correct: false },
      ],
      explanation: 'Dalam 7 hari rencana aksi disusun dan disahkan; hari ke-30, 90, dan 180 adalah titik pemantauan berikutnya.',
    },
    // Pelajaran 3: Sebelum, selama, dan sesudah kunjungan
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Siapa saja yang sebaiknya ikut dalam kunjungan studi tiru? Pilih semua yang benar.',
      options: [
        { text: 'Seorang pengambil keputusan', correct: true },
        { text: 'Seorang pengelola teknis', correct: true },
        { text: 'Seorang pemilik proses bisnis, misalnya dari Bagian Organisasi', correct: true },
        { text: 'Cukup pejabat saja, agar operator tetap bekerja di kantor', correct: false },
      ],
      explanation:
        'Bawa orang yang tepat: minimal satu pengambil keputusan, satu pengelola teknis, dan satu pemilik proses bisnis. Kunjungan yang hanya diikuti pejabat sering tidak berdampak.',
    },
    // Pelajaran 4: Menjaga tindak lanjut sampai berdampak
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Apa beda MoU dan Perjanjian Kerja Sama (PKS) menurut modul ini?',
      options: [
        { text: 'MoU membuka pintu; PKS mengatur hal teknis seperti kode sumber, lisensi, pendampingan, dan pelatihan', correct: true },
        { text: 'PKS membuka pintu; MoU mengatur hal teknis seperti kode sumber dan lisensi', correct: false },
        { text: 'Keduanya sama, sehingga cukup membuat salah satu', correct: false },
        { text: 'MoU hanya dipakai untuk kerja sama dengan pihak swasta', correct: false },
      ],
      explanation:
        'MoU membuka pintu, sedangkan PKS mengatur hal teknis. Contohnya kerja sama Sumedang dan Kuningan: MoU yang akan diperkuat dengan PKS teknis.',
    },
    // Pelajaran 4: Menjaga tindak lanjut sampai berdampak
    trueFalse(
      'Modul ini menyarankan satu pejabat sebagai pemilik rencana aksi, biasanya Kepala Diskominfo dengan Sekda sebagai sponsor.',
      true,
      'Benar. Tanpa satu pemilik, rencana aksi menjadi milik semua orang dan tidak dikerjakan siapa pun.',
    ),
  ],
};

const QUIZ_SPBE_KE_PEMDI: ShippedQuiz = {
  moduleSlug: 'dari-spbe-ke-pemerintah-digital',
  passMarkPercent: SHIPPED_PASS_MARK_PERCENT,
  attemptsAllowed: SHIPPED_ATTEMPTS_ALLOWED,
  answerPolicy: 'AFTER_PASSING',
  questions: [
    // Pelajaran 1: Mengapa instrumennya berganti
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Dengan kerangka apa evaluasi tahun 2025 dinilai?',
      options: [
        { text: 'Indeks SPBE menurut PermenPANRB 59/2020', correct: true },
        { text: 'Indeks Pemerintah Digital menurut PermenPANRB 8/2026', correct: false },
        { text: 'PermenPANRB 5/2018', correct: false },
        { text: 'Rata-rata indeks SPBE dan Indeks Pemdi', correct: false },
      ],
      explanation:
        'PermenPANRB 8/2026 mencabut PermenPANRB 59/2020, tetapi evaluasi sampai 2025 tetap dinilai dengan indeks SPBE. Indeks Pemdi berlaku mulai evaluasi 2026.',
    },
    // Pelajaran 1: Mengapa instrumennya berganti
    trueFalse(
      'Indeks SPBE 2024 dan Indeks Pemdi 2026 sebuah daerah boleh dirata-ratakan untuk melihat trennya.',
      false,
      'Salah. Keduanya diukur dengan alat ukur yang berbeda: jangan dirata-ratakan, diperingkat bersama, atau digambar sebagai satu garis.',
    ),
    // Pelajaran 2: Struktur baru
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Bagaimana struktur Indeks Pemerintah Digital?',
      options: [
        { text: '7 aspek dan 20 indikator, tanpa domain', correct: true },
        { text: '4 domain, 8 aspek, dan 47 indikator', correct: false },
        { text: '3 domain, 7 aspek, dan 35 indikator', correct: false },
        { text: '7 domain dan 20 aspek', correct: false },
      ],
      explanation:
        'Indeks Pemdi tidak memiliki domain: 20 indikator langsung dikelompokkan ke dalam 7 aspek. 4/8/47 adalah struktur indeks SPBE.',
    },
    // Pelajaran 2: Struktur baru
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Manakah yang menjadi indikator tersendiri di Indeks Pemdi? Pilih semua yang benar.',
      options: [
        { text: 'Pelindungan Data Pribadi', correct: true },
        { text: 'Penanganan Insiden Siber', correct: true },
        { text: 'Penyelenggaraan Informasi Geospasial', correct: true },
        { text: 'Layanan Kearsipan Dinamis', correct: false },
        { text: 'Kebijakan Internal Audit TIK', correct: false },
      ],
      explanation:
        'Data pribadi (Indikator 8), insiden siber (12), dan geospasial (6) adalah indikator Pemdi. Kearsipan dinamis dan kebijakan internal audit TIK adalah indikator SPBE.',
    },
    // Pelajaran 3: Bobot baru dan cara menghitung indeks
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Aspek mana yang berbobot terbesar di Indeks Pemdi?',
      options: [
        { text: 'Kepuasan Pengguna Layanan Digital Pemerintah (25%)', correct: true },
        { text: 'Data (15%)', correct: false },
        { text: 'Tata Kelola dan Manajemen (10%)', correct: false },
        { text: 'Keamanan Pemdi (15%)', correct: false },
      ],
      explanation: 'Bobot aspek adalah 10/10/15/15/10/15/25%: seperempat indeks ditentukan oleh kepuasan pengguna.',
    },
    // Pelajaran 3: Bobot baru dan cara menghitung indeks
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Indikator 20 (bobot 15%) naik dari 2,00 ke 3,00. Berapa tambahan langsung pada Indeks Pemdi?',
      options: [
        { text: '0,15', correct: true },
        { text: '0,03', correct: false },
        { text: '1,00', correct: false },
        { text: '0,25', correct: false },
      ],
      explanation: 'Tambahan indeks = kenaikan nilai x bobot: 1,00 x 0,15 = 0,15.',
    },
    // Pelajaran 4: Bukti dukung yang dinilai asesor
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Apa yang dimaksud dengan nilai simulasi dalam modul ini?',
      options: [
        { text: 'Nilai yang dihitung hanya dari bukti yang sudah diterima asesor; bukan nilai resmi', correct: true },
        { text: 'Nilai resmi yang diumumkan kementerian', correct: false },
        { text: 'Nilai yang diisi sendiri oleh daerah pada penilaian mandiri', correct: false },
        { text: 'Rata-rata indeks SPBE lima tahun terakhir', correct: false },
      ],
      explanation:
        'Ada tiga angka: nilai penilaian mandiri, nilai simulasi dari bukti yang diterima saja, dan nilai resmi. Nilai simulasi tidak pernah menjadi nilai resmi.',
    },
    // Pelajaran 5: Predikat baru
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Indeks 4,10 diberi predikat apa di Indeks SPBE dan di Indeks Pemdi?',
      options: [
        { text: 'Sangat Baik di SPBE, Memuaskan di Pemdi', correct: true },
        { text: 'Memuaskan di keduanya', correct: false },
        { text: 'Memuaskan di SPBE, Sangat Baik di Pemdi', correct: false },
        { text: 'Sangat Baik di keduanya', correct: false },
      ],
      explanation:
        'Batas Memuaskan di SPBE adalah 4,2, di Pemdi 4,00. Angka yang sama bisa berarti predikat berbeda: selalu sebutkan kerangkanya.',
    },
  ],
};

export const SHIPPED_QUIZZES: ShippedQuiz[] = [QUIZ_PENGANTAR, QUIZ_INDIKATOR_19, QUIZ_STUDI_TIRU, QUIZ_SPBE_KE_PEMDI];
