// A Vietnamese dispatch of our own, four paragraphs in the shape of a VNA report: the article the
// hostile-page tests wrap and the browser bench repeats into long pages.

export const ARTICLE_PARAGRAPHS = [
  "Chiều 10/10/2025, tại Bình Nhưỡng, Tổng Bí thư Tô Lâm đã hội đàm với Tổng Bí thư Đảng Lao động Triều Tiên, Chủ tịch các vấn đề nhà nước Kim Jong Un.",
  "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực văn hóa, du lịch, thể thao, y tế, giáo dục và nông nghiệp.",
  "Tổng Bí thư Kim Jong Un khẳng định Đảng, Nhà nước và nhân dân Triều Tiên luôn coi trọng quan hệ hữu nghị truyền thống với Việt Nam.",
  "Hai bên cũng thống nhất phối hợp chặt chẽ tại Liên hợp quốc, Phong trào Không liên kết và Diễn đàn khu vực ASEAN.",
];
