#!/usr/bin/env python3
"""Builds the Indonesian (id) locale of Cockpit and Admin from the webjar's English one.

Labels whose English text is in PHRASES get the Indonesian text; every other label keeps its
English text (so the file is complete and the app never falls back to another locale, which
would also switch moment.js). Dates come from Tasklist's id locale (dd/mm/yyyy).

    python3 tools/locales/make_id_locale.py <webjar-dir>
(<webjar-dir>: the unpacked camunda-webapp-webjar's META-INF/resources/webjars/camunda)
"""
import json, sys, pathlib

PHRASES = {
  # shared
  "Dashboard": "Dasbor", "Processes": "Proses", "Decisions": "Keputusan", "Deployments": "Penerapan",
  "Human Tasks": "Tugas manusia", "More": "Lainnya", "Log out": "Keluar", "My profile": "Profil saya",
  "Please Log in": "Silakan masuk", "Log in": "Masuk", "Username": "Nama pengguna",
  "Password": "Kata sandi", "Login Failed": "Gagal masuk", "Logout successful": "Berhasil keluar",
  "Powered by": "Didukung oleh",
  "Date and Time displayed in local timezone:": "Tanggal dan waktu dalam zona waktu lokal:",
  "Toggle navigation": "Buka/tutup navigasi", "Action": "Aksi", "Actions": "Aksi", "Name": "Nama",
  "Type": "Jenis", "Value": "Nilai", "State": "Status", "Activity": "Aktivitas", "Delete": "Hapus",
  "Edit": "Ubah", "Close": "Tutup", "Cancel": "Batal", "Save": "Simpan", "OK": "OK", "Abort": "Batal",
  "Filter": "Filter", "Search": "Cari", "Add criteria": "Tambah kriteria", "Remove search": "Hapus pencarian",
  "Information": "Informasi", "Variables": "Variabel", "Variable": "Variabel", "Scope": "Cakupan",
  "Incidents": "Insiden", "Open Incidents": "Insiden terbuka", "User Tasks": "Tugas pengguna",
  "Assignee": "Penerima tugas", "Owner": "Pemilik", "Priority": "Prioritas", "Due Date": "Tenggat",
  "Creation Date": "Tanggal dibuat", "Follow Up Date": "Tanggal tindak lanjut", "Task ID": "ID tugas",
  "User ID": "ID pengguna", "Group ID": "ID kelompok", "Current group(s)": "Kelompok saat ini",
  "Current user(s)": "Pengguna saat ini", "Link to Tasklist": "Buka di Tasklist",
  "Business Key": "Kunci bisnis", "Business Key:": "Kunci bisnis:", "Start Date": "Tanggal mulai",
  "End Date": "Tanggal selesai", "Start Time": "Waktu mulai", "End Time": "Waktu selesai",
  "Instance ID:": "ID instans:", "Instance ID": "ID instans", "Definition ID:": "ID definisi:",
  "Definition Key:": "Kunci definisi:", "Definition Name:": "Nama definisi:",
  "Definition Version:": "Versi definisi:", "Deployment ID:": "ID penerapan:", "Tenant ID:": "ID tenant (Pemda):",
  "Version Tag:": "Tag versi:", "Related:": "Terkait:", "Instances Running:": "Instans berjalan:",
  "current version:": "versi ini:", "all versions:": "semua versi:",
  "History Time To Live:": "Masa simpan riwayat:", "Show tabs": "Tampilkan tab", "Hide tabs": "Sembunyikan tab",
  "Maximize diagram": "Perbesar diagram", "Restore diagram to default size": "Kembalikan ukuran diagram",
  "Instance View": "Tampilan instans", "Definition View": "Tampilan definisi", "Migration": "Migrasi",
  "Reports": "Laporan", "Runtime": "Berjalan", "History": "Riwayat", "Currently suspended": "Sedang ditangguhkan",
  "Process Definitions": "Definisi proses", "Process Definition": "Definisi proses",
  "Decision Definitions": "Definisi keputusan", "Case Definitions": "Definisi kasus",
  "Running Process Instances": "Instans proses berjalan", "Open Human Tasks": "Tugas manusia terbuka",
  "Assigned to a user": "Ditugaskan ke pengguna", "Assigned to 1 or more groups": "Ditugaskan ke 1 kelompok atau lebih",
  "Unassigned": "Belum ditugaskan", "Deployed": "Diterapkan", "Metrics": "Metrik", "Statistics": "Statistik",
  "Right Now": "Saat ini", "Last 24 hours": "24 jam terakhir", "Last 7 days": "7 hari terakhir",
  "Last 30 days": "30 hari terakhir", "Custom Plugins": "Pemantauan Sinergi", "Others": "Lainnya",
  "Toggle this section": "Buka/tutup bagian ini", "No reports available.": "Tidak ada laporan.",
  "Running Activity Instances": "Instans aktivitas berjalan", "Called Process Definitions": "Definisi proses yang dipanggil",
  "Called Process Instances": "Instans proses yang dipanggil", "Job Definitions": "Definisi job",
  "No incidents": "Tidak ada insiden", "No user tasks": "Tidak ada tugas pengguna",
  "No process variables": "Tidak ada variabel proses", "Message": "Pesan", "Timestamp": "Waktu",
  "Process Instance": "Instans proses", "Process Instances": "Instans proses", "Running": "Berjalan",
  "Suspended": "Ditangguhkan", "Completed": "Selesai", "Canceled": "Dibatalkan",
  "Key": "Kunci", "Version": "Versi", "Tenant": "Tenant (Pemda)", "Instances": "Instans",
  "Total number of results": "Jumlah hasil", "all": "semua", "any": "salah satu",
  "of the criteria are met.": "kriteria terpenuhi.", "Property": "Properti", "Operator": "Operator",
  "Decision Instances": "Instans keputusan", "Batches": "Batch", "Previous": "Sebelumnya", "Next": "Berikutnya",
  # admin
  "Admin": "Admin", "Users": "Pengguna", "Groups": "Kelompok", "Tenants": "Tenant (Pemda)",
  "Authorizations": "Otorisasi", "Authorization": "Otorisasi", "System": "Sistem", "User": "Pengguna",
  "Group": "Kelompok", "ID": "ID", "First Name": "Nama depan", "Last Name": "Nama belakang",
  "Email": "Surel", "Create new group": "Buat kelompok baru", "Create New Group": "Buat kelompok baru",
  "List of groups": "Daftar kelompok", "List of Groups": "Daftar kelompok", "No groups were found.": "Tidak ada kelompok.",
  "Create new user": "Buat pengguna baru", "List of users": "Daftar pengguna", "Permissions": "Izin",
  "Resource": "Sumber daya", "Resource ID": "ID sumber daya", "User / Group": "Pengguna / kelompok",
  "Application": "Aplikasi", "Create new authorization": "Buat otorisasi baru", "Confirm Delete": "Konfirmasi hapus",
  "There exist no authorizations.": "Belum ada otorisasi.", "Group Membership": "Keanggotaan kelompok",
  "Tenant Membership": "Keanggotaan tenant", "Task": "Tugas", "Deployment": "Penerapan",
  "Historic Process Instance": "Instans proses historis", "Historic Task Instance": "Tugas historis",
  "Operation Log": "Log operasi", "Report": "Laporan", "Batch": "Batch", "Manage Authorizations": "Kelola otorisasi",
  "General": "Umum", "Account": "Akun", "Profile": "Profil", "Change Password": "Ubah kata sandi",
  "Old Password": "Kata sandi lama", "New Password": "Kata sandi baru", "Repeat Password": "Ulangi kata sandi",
  "Update Profile": "Perbarui profil", "Diagnostics": "Diagnostik", "Execution Metrics": "Metrik eksekusi",
}

def main(webjar):
    root = pathlib.Path(__file__).resolve().parents[2]
    tasklist = json.loads((root / "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json").read_text("utf-8"))
    for app in ("cockpit", "admin"):
        en = json.loads((pathlib.Path(webjar) / "app" / app / "locales/en.json").read_text("utf-8-sig"))
        labels = {k: PHRASES.get(v, v) for k, v in en["labels"].items()}
        # The "time to migrate to Camunda 8" banner is hidden (styles/user-styles.css); keep it empty.
        if "BANNER_CE_EOL_TEXT" in labels:
            labels["BANNER_CE_EOL_TEXT"] = ""
        out = {"dateLocales": tasklist["dateLocales"], "labels": labels}
        target = root / "src/main/resources/META-INF/resources/webjars/camunda/app" / app / "locales/id.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", "utf-8")
        translated = sum(1 for k, v in en["labels"].items() if labels[k] != v)
        print(app, translated, "of", len(labels), "labels in Indonesian")

if __name__ == "__main__":
    main(sys.argv[1])
