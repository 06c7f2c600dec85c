-- The district-level units of Bình Phước in 2018 and the demo set of divisions and centres.
insert into unit (code, name, kind, email) values
  ('dongxoai',  'Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài', 'DISTRICT', 'ldtbxh.dongxoai@binhphuoc.gov.vn'),
  ('phuoclong', 'Phòng Lao động - Thương binh và Xã hội thị xã Phước Long',   'DISTRICT', 'ldtbxh.phuoclong@binhphuoc.gov.vn'),
  ('binhlong',  'Phòng Lao động - Thương binh và Xã hội thị xã Bình Long',    'DISTRICT', 'ldtbxh.binhlong@binhphuoc.gov.vn'),
  ('bugiamap',  'Phòng Lao động - Thương binh và Xã hội huyện Bù Gia Mập',    'DISTRICT', 'ldtbxh.bugiamap@binhphuoc.gov.vn'),
  ('budang',    'Phòng Lao động - Thương binh và Xã hội huyện Bù Đăng',       'DISTRICT', 'ldtbxh.budang@binhphuoc.gov.vn'),
  ('budop',     'Phòng Lao động - Thương binh và Xã hội huyện Bù Đốp',        'DISTRICT', 'ldtbxh.budop@binhphuoc.gov.vn'),
  ('chonthanh', 'Phòng Lao động - Thương binh và Xã hội huyện Chơn Thành',    'DISTRICT', 'ldtbxh.chonthanh@binhphuoc.gov.vn'),
  ('dongphu',   'Phòng Lao động - Thương binh và Xã hội huyện Đồng Phú',      'DISTRICT', 'ldtbxh.dongphu@binhphuoc.gov.vn'),
  ('honquan',   'Phòng Lao động - Thương binh và Xã hội huyện Hớn Quản',      'DISTRICT', 'ldtbxh.honquan@binhphuoc.gov.vn'),
  ('locninh',   'Phòng Lao động - Thương binh và Xã hội huyện Lộc Ninh',      'DISTRICT', 'ldtbxh.locninh@binhphuoc.gov.vn'),
  ('phurieng',  'Phòng Lao động - Thương binh và Xã hội huyện Phú Riềng',     'DISTRICT', 'ldtbxh.phurieng@binhphuoc.gov.vn'),
  ('vp',        'Văn phòng Sở',                                   'DIVISION', 'vanphong@ldtbxh.binhphuoc.gov.vn'),
  ('btxh',      'Phòng Bảo trợ xã hội',                           'DIVISION', 'btxh@ldtbxh.binhphuoc.gov.vn'),
  ('ldvl',      'Phòng Lao động - Việc làm',                      'DIVISION', 'ldvl@ldtbxh.binhphuoc.gov.vn'),
  ('gdnn',      'Phòng Giáo dục nghề nghiệp',                     'DIVISION', 'gdnn@ldtbxh.binhphuoc.gov.vn'),
  ('ncc',       'Phòng Người có công',                            'DIVISION', 'ncc@ldtbxh.binhphuoc.gov.vn'),
  ('tebdg',     'Phòng Trẻ em và Bình đẳng giới',                 'DIVISION', 'tebdg@ldtbxh.binhphuoc.gov.vn'),
  ('pctnxh',    'Phòng Phòng, chống tệ nạn xã hội',               'DIVISION', 'pctnxh@ldtbxh.binhphuoc.gov.vn'),
  ('ttdvvl',    'Trung tâm Dịch vụ việc làm',                     'CENTRE',   'ttdvvl@ldtbxh.binhphuoc.gov.vn'),
  ('ttbtxh',    'Trung tâm Bảo trợ xã hội',                       'CENTRE',   'ttbtxh@ldtbxh.binhphuoc.gov.vn');

-- Đồng Xoài became a city (thành phố) on 1 December 2018 (Resolution 617/NQ-UBTVQH14).
insert into unit_name (unit_code, valid_from, name) values
  ('dongxoai', date '1900-01-01', 'Phòng Lao động - Thương binh và Xã hội thị xã Đồng Xoài'),
  ('dongxoai', date '2018-12-01', 'Phòng Lao động - Thương binh và Xã hội thành phố Đồng Xoài');
