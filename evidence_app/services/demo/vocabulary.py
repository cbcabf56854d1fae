"""Plausible Vietnamese names, bodies, crimes and items for the demo data."""

from __future__ import annotations

from evidence_app.domain.enums import Category

#: The keeper of the police or third party's warehouse who moves and issues items kept there
#: (Decree 152/2026 Art 37.2.đ, 37.3); our own warehouses ignore it.
BODY_KEEPER_NAME, BODY_KEEPER_POSITION = "Đặng Văn Tín", "Cán bộ quản lý kho vật chứng"

FAMILY = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
MIDDLE_MALE = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thanh", "Thu", "Kim", "Bích", "Minh", "Phương")
GIVEN_MALE = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hùng",
    "Long",
    "Nam",
    "Phong",
    "Quân",
    "Sơn",
    "Tuấn",
    "Việt",
    "Khánh",
    "Đạt",
    "Thắng",
    "Lâm",
    "Hiếu",
)
GIVEN_FEMALE = (
    "Hà",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Tâm",
    "Thảo",
    "Trang",
    "Yến",
    "Nhung",
    "Hạnh",
    "Loan",
    "Vy",
    "Ngân",
    "Oanh",
    "Quyên",
)

CRIMES = (
    "Trộm cắp tài sản",
    "Lừa đảo chiếm đoạt tài sản",
    "Mua bán trái phép chất ma túy",
    "Tàng trữ trái phép chất ma túy",
    "Cố ý gây thương tích",
    "Tổ chức đánh bạc",
    "Buôn lậu",
    "Vận chuyển hàng cấm",
    "Cướp giật tài sản",
    "Tàng trữ vũ khí quân dụng",
    "Lạm dụng tín nhiệm chiếm đoạt tài sản",
    "Tranh chấp hợp đồng vay tài sản",
    "Vi phạm quy định về tham gia giao thông đường bộ",
    "Tiêu thụ tài sản do người khác phạm tội mà có",
)
COURTS = (
    "Tòa án nhân dân thành phố Hà Nội",
    "Tòa án nhân dân khu vực 1 – Hà Nội",
    "Tòa án nhân dân khu vực 2 – Hà Nội",
    "Tòa án nhân dân khu vực 3 – Hà Nội",
    "Tòa án nhân dân khu vực 5 – Hà Nội",
    "Tòa án nhân dân cấp cao tại Hà Nội",
)
TRANSFERRING_BODIES = (
    "Cơ quan CSĐT Công an thành phố Hà Nội",
    "Cơ quan CSĐT Công an phường Hoàn Kiếm",
    "Cơ quan CSĐT Công an phường Cầu Giấy",
    "Cơ quan CSĐT Công an xã Sóc Sơn",
    "Cơ quan CSĐT Công an phường Hà Đông",
    "Viện kiểm sát nhân dân thành phố Hà Nội",
    "Tòa án nhân dân khu vực 1 – Hà Nội",
    "Cục Hải quan thành phố Hà Nội",
)
COLOURS = ("đỏ", "đen", "trắng", "xanh", "bạc", "xám", "vàng", "nâu")
PROVINCE_PLATES = ("29", "30", "31", "33", "40", "88", "99", "98")

#: category → (unit, list of (name template, weight range in grams or None, value range VND)).
ITEMS: dict[
    Category, tuple[str, tuple[tuple[str, tuple[int, int] | None, tuple[int, int]], ...]]
] = {
    Category.VEHICLE: (
        "chiếc",
        (
            ("Xe máy Honda Wave Alpha màu {colour}", None, (3_000_000, 15_000_000)),
            ("Xe máy Honda SH 150i màu {colour}", None, (40_000_000, 90_000_000)),
            ("Xe máy Yamaha Exciter màu {colour}", None, (15_000_000, 40_000_000)),
            ("Xe ô tô Toyota Vios màu {colour}", None, (250_000_000, 450_000_000)),
            ("Xe ô tô Hyundai Accent màu {colour}", None, (250_000_000, 400_000_000)),
            ("Xe đạp điện màu {colour}", None, (2_000_000, 8_000_000)),
        ),
    ),
    Category.PHONE: (
        "chiếc",
        (
            ("Điện thoại di động Samsung Galaxy A54 màu {colour}", None, (2_000_000, 6_000_000)),
            ("Điện thoại di động iPhone 13 Pro màu {colour}", None, (8_000_000, 15_000_000)),
            ("Điện thoại di động Oppo Reno8 màu {colour}", None, (2_000_000, 5_000_000)),
            ("Điện thoại di động Nokia 105 màu {colour}", None, (200_000, 500_000)),
        ),
    ),
    Category.ELECTRONICS: (
        "chiếc",
        (
            ("Máy tính xách tay Dell Latitude màu {colour}", None, (4_000_000, 12_000_000)),
            ("Máy tính bảng iPad Air màu {colour}", None, (5_000_000, 12_000_000)),
            ("Đồng hồ đeo tay Casio", None, (500_000, 3_000_000)),
            ("Máy ảnh Canon EOS", None, (5_000_000, 20_000_000)),
        ),
    ),
    Category.CASH: ("đồng", (("Tiền mặt (đồng Việt Nam)", None, (1_000_000, 500_000_000)),)),
    Category.FOREIGN_CURRENCY: (
        "tờ",
        (
            ("Ngoại tệ đô la Mỹ (USD) mệnh giá 100", None, (2_500_000, 50_000_000)),
            ("Ngoại tệ Euro (EUR) mệnh giá 50", None, (1_300_000, 20_000_000)),
        ),
    ),
    Category.PRECIOUS_METAL: (
        "chiếc",
        (
            ("Nhẫn trơn vàng 9999", (3_750, 37_500), (8_000_000, 80_000_000)),
            ("Vàng miếng SJC 1 lượng", (37_500, 37_500), (80_000_000, 90_000_000)),
            ("Lắc tay bạc", (10_000, 50_000), (500_000, 3_000_000)),
        ),
    ),
    Category.GEMSTONE: (
        "viên",
        (
            ("Đá quý ruby", (1, 20), (5_000_000, 200_000_000)),
            ("Kim cương tấm", (1, 5), (10_000_000, 300_000_000)),
        ),
    ),
    Category.JEWELLERY: (
        "chiếc",
        (
            ("Dây chuyền vàng tây", (3_000, 20_000), (3_000_000, 30_000_000)),
            ("Bông tai vàng 18K", (1_000, 5_000), (1_000_000, 8_000_000)),
        ),
    ),
    Category.ANTIQUE: (
        "chiếc",
        (
            ("Bình gốm men lam thời Lê", None, (20_000_000, 500_000_000)),
            ("Tượng đồng cổ", None, (10_000_000, 300_000_000)),
        ),
    ),
    Category.DRUGS: (
        "gói",
        (
            ("Ma túy dạng đá (methamphetamine) trong túi nilon niêm phong", (1, 5_000), (0, 0)),
            ("Heroin dạng bánh niêm phong", (300, 1_000), (0, 0)),
            ("Thuốc lắc (MDMA) dạng viên niêm phong", (1, 500), (0, 0)),
            ("Cần sa khô niêm phong", (10, 3_000), (0, 0)),
        ),
    ),
    Category.TOXIC_CHEMICAL: (
        "chai",
        (("Hóa chất xyanua đựng trong chai nhựa niêm phong", (100, 1_000), (0, 0)),),
    ),
    Category.WEAPON: (
        "chiếc",
        (
            ("Dao tự chế dài 40 cm", None, (0, 0)),
            ("Súng hơi tự chế", None, (0, 0)),
            ("Mã tấu cán gỗ", None, (0, 0)),
        ),
    ),
    Category.EXPLOSIVE: (
        "chiếc",
        (("Kíp nổ điện", None, (0, 0)), ("Pháo nổ tự chế", (500, 5_000), (0, 0))),
    ),
    Category.DOCUMENT: (
        "bộ",
        (
            ("Giấy chứng nhận đăng ký xe", None, (0, 0)),
            ("Hộ chiếu phổ thông", None, (0, 0)),
            ("Sổ đỏ (Giấy chứng nhận quyền sử dụng đất)", None, (0, 0)),
        ),
    ),
    Category.PERISHABLE: (
        "kg",
        (
            ("Thịt lợn đông lạnh", None, (500_000, 20_000_000)),
            ("Hải sản đông lạnh", None, (1_000_000, 30_000_000)),
        ),
    ),
    Category.OTHER: (
        "cái",
        (
            ("Máy cắt cỏ Honda", None, (1_000_000, 5_000_000)),
            ("Thùng rượu vang nhập lậu", None, (1_000_000, 10_000_000)),
            ("Máy đánh bạc điện tử", None, (2_000_000, 15_000_000)),
        ),
    ),
}

#: How often each category occurs among the demo items (relative weights).
CATEGORY_WEIGHTS: dict[Category, int] = {
    Category.VEHICLE: 18,
    Category.PHONE: 20,
    Category.ELECTRONICS: 10,
    Category.CASH: 6,
    Category.FOREIGN_CURRENCY: 2,
    Category.PRECIOUS_METAL: 4,
    Category.GEMSTONE: 1,
    Category.JEWELLERY: 4,
    Category.ANTIQUE: 1,
    Category.DRUGS: 10,
    Category.TOXIC_CHEMICAL: 1,
    Category.WEAPON: 8,
    Category.EXPLOSIVE: 1,
    Category.DOCUMENT: 6,
    Category.PERISHABLE: 2,
    Category.OTHER: 6,
}

DEMO_USERS = (
    # (username, full name, position, role value)
    ("admin", "Đỗ Minh Quân", "Quản trị hệ thống", "admin"),
    ("thutruong", "Nguyễn Văn Hùng", "Chi cục trưởng", "head"),
    ("chv.tran", "Trần Thị Mai", "Chấp hành viên", "officer"),
    ("thukho", "Lê Văn Sơn", "Thủ kho vật chứng", "keeper"),
    ("ketoan", "Phạm Thị Lan", "Kế toán nghiệp vụ", "accountant"),
    ("thuquy", "Hoàng Thị Yến", "Thủ quỹ", "cashier"),
    ("hoidong", "Vũ Đức Long", "Thành viên Hội đồng", "council_member"),
    ("kiemsat", "Bùi Ngọc Hà", "Kiểm sát viên", "inspector"),
)
